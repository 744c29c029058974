/**
 * Languages the interface is translated into, each named in itself. Content falls back to English
 * where it has no translation.
 *
 * `reviewed`: whether a fluent speaker has checked the catalogue. Unreviewed ones were drafted for
 * Waypoint and checked by script only (every key, plural forms, placeholders, numbers); the README
 * lists them so a deployment knows what to have reviewed, and can limit `languages` to what it trusts.
 */
export const SUPPORTED_LANGUAGES = [
  { tag: 'en', name: 'English', dir: 'ltr', reviewed: true },
  { tag: 'es', name: 'Español', dir: 'ltr', reviewed: false },
  { tag: 'fr', name: 'Français', dir: 'ltr', reviewed: false },
  { tag: 'pt', name: 'Português', dir: 'ltr', reviewed: false },
  { tag: 'ar', name: 'العربية', dir: 'rtl', reviewed: false },
  { tag: 'fa', name: 'فارسی', dir: 'rtl', reviewed: false },
  { tag: 'ur', name: 'اردو', dir: 'rtl', reviewed: false },
  { tag: 'ru', name: 'Русский', dir: 'ltr', reviewed: false },
  { tag: 'uk', name: 'Українська', dir: 'ltr', reviewed: false },
  { tag: 'ro', name: 'Română', dir: 'ltr', reviewed: false },
  { tag: 'tr', name: 'Türkçe', dir: 'ltr', reviewed: false },
  { tag: 'hi', name: 'हिन्दी', dir: 'ltr', reviewed: false },
  { tag: 'bn', name: 'বাংলা', dir: 'ltr', reviewed: false },
  { tag: 'ne', name: 'नेपाली', dir: 'ltr', reviewed: false },
  { tag: 'si', name: 'සිංහල', dir: 'ltr', reviewed: false },
  { tag: 'th', name: 'ไทย', dir: 'ltr', reviewed: false },
  { tag: 'my', name: 'မြန်မာ', dir: 'ltr', reviewed: false },
  { tag: 'km', name: 'ខ្មែរ', dir: 'ltr', reviewed: false },
  { tag: 'vi', name: 'Tiếng Việt', dir: 'ltr', reviewed: false },
  { tag: 'id', name: 'Bahasa Indonesia', dir: 'ltr', reviewed: false },
  { tag: 'fil', name: 'Filipino', dir: 'ltr', reviewed: false },
  { tag: 'zh-Hans', name: '简体中文', dir: 'ltr', reviewed: false },
  { tag: 'sw', name: 'Kiswahili', dir: 'ltr', reviewed: false },
  { tag: 'am', name: 'አማርኛ', dir: 'ltr', reviewed: false },
] as const;

export type LanguageTag = (typeof SUPPORTED_LANGUAGES)[number]['tag'];
export type TextDirection = 'ltr' | 'rtl';

export function isSupportedLanguage(tag: string): tag is LanguageTag {
  return SUPPORTED_LANGUAGES.some((language) => language.tag === tag);
}

export function directionOf(tag: LanguageTag): TextDirection {
  return SUPPORTED_LANGUAGES.find((language) => language.tag === tag)?.dir ?? 'ltr';
}

/** Language and script of a tag, filled in by CLDR's likely subtags (zh-CN → zh + Hans, zh-TW → zh + Hant). */
function languageAndScript(tag: string): string {
  try {
    const locale = new Intl.Locale(tag).maximize();
    return `${locale.language}-${locale.script ?? ''}`;
  } catch {
    return tag.toLowerCase();
  }
}

/**
 * The first of the browser's languages that one of `offered` writes, matched by language and
 * script: a zh-CN browser gets zh-Hans, a zh-TW one (Traditional script) does not.
 */
export function bestLanguage(wanted: readonly string[], offered: readonly LanguageTag[]): LanguageTag | undefined {
  const offeredKeys = offered.map((tag) => [languageAndScript(tag), tag] as const);
  for (const tag of wanted) {
    const key = languageAndScript(tag);
    const match = offeredKeys.find(([offeredKey]) => offeredKey === key);
    if (match) return match[1];
  }
  return undefined;
}
