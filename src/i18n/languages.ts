/** Languages the interface is translated into. Content falls back to English where it has no translation. */
export const SUPPORTED_LANGUAGES = [
  { tag: 'en', name: 'English', dir: 'ltr' },
  { tag: 'es', name: 'Español', dir: 'ltr' },
  { tag: 'fr', name: 'Français', dir: 'ltr' },
  { tag: 'ar', name: 'العربية', dir: 'rtl' },
] as const;

export type LanguageTag = (typeof SUPPORTED_LANGUAGES)[number]['tag'];
export type TextDirection = 'ltr' | 'rtl';

export function isSupportedLanguage(tag: string): tag is LanguageTag {
  return SUPPORTED_LANGUAGES.some((language) => language.tag === tag);
}

export function directionOf(tag: LanguageTag): TextDirection {
  return SUPPORTED_LANGUAGES.find((language) => language.tag === tag)?.dir ?? 'ltr';
}
