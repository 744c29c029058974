/**
 * Interface text in the reader's language: `t()` with {placeholders}, plurals through
 * Intl.PluralRules, dates and place names through Intl, and the text direction.
 */
import { parseIsoDate } from '../rules/dates';
import { directionOf, type LanguageTag, type TextDirection } from './languages';
import { enFirst } from './english/first';
import type { MessageKey } from './messages/en';

type OtherLanguage = Exclude<LanguageTag, 'en'>;

/** Texts that count something: each language gives one form per plural category it uses. */
export const PLURAL_KEYS = ['results.count', 'status.entries', 'kiosk.countdown'] as const;
export type PluralKey = (typeof PLURAL_KEYS)[number];
/** CLDR plural categories: Arabic uses all six, English two, Chinese one. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
export type PluralFormKey = `${PluralKey}.${PluralCategory}`;

/**
 * One language's interface text: every key of English except the counted ones, which it gives
 * in its own plural categories (`new Intl.PluralRules(tag).resolvedOptions().pluralCategories`).
 */
export type Catalogue = Partial<Record<MessageKey | PluralFormKey, string>>;

// English for the first page ships in it, the rest of English follows (loadEnglishLater); each other
// language is a chunk of its own, loaded when a reader needs it (the service worker precaches them
// all, so switching works offline).
const LOADERS: Record<OtherLanguage, () => Promise<Catalogue>> = {
  es: () => import('./messages/es').then((module) => module.es),
  fr: () => import('./messages/fr').then((module) => module.fr),
  pt: () => import('./messages/pt').then((module) => module.pt),
  ar: () => import('./messages/ar').then((module) => module.ar),
  fa: () => import('./messages/fa').then((module) => module.fa),
  ur: () => import('./messages/ur').then((module) => module.ur),
  ru: () => import('./messages/ru').then((module) => module.ru),
  uk: () => import('./messages/uk').then((module) => module.uk),
  ro: () => import('./messages/ro').then((module) => module.ro),
  tr: () => import('./messages/tr').then((module) => module.tr),
  hi: () => import('./messages/hi').then((module) => module.hi),
  bn: () => import('./messages/bn').then((module) => module.bn),
  ne: () => import('./messages/ne').then((module) => module.ne),
  si: () => import('./messages/si').then((module) => module.si),
  th: () => import('./messages/th').then((module) => module.th),
  my: () => import('./messages/my').then((module) => module.my),
  km: () => import('./messages/km').then((module) => module.km),
  vi: () => import('./messages/vi').then((module) => module.vi),
  id: () => import('./messages/id').then((module) => module.id),
  fil: () => import('./messages/fil').then((module) => module.fil),
  'zh-Hans': () => import('./messages/zh-Hans').then((module) => module.zh_Hans),
  sw: () => import('./messages/sw').then((module) => module.sw),
  am: () => import('./messages/am').then((module) => module.am),
};

/**
 * English: the text every translator falls back to. Starts with the first page's part; the rest is
 * added in place when it arrives, so translators made before then see it too.
 */
const english: Catalogue = { ...enFirst };
let englishLater: Promise<void> | null = null;

/**
 * Loads the English text of the screens that load on use (once). The app asks for it after the
 * first paint; a lazily loaded screen waits for it before it renders.
 */
export function loadEnglishLater(): Promise<void> {
  englishLater ??= import('./english/later').then(
    (module) => void Object.assign(english, module.enLater),
    (error: unknown) => {
      englishLater = null;
      throw error;
    },
  );
  return englishLater;
}

const loaded = new Map<LanguageTag, Catalogue>([['en', english]]);

/** True when `language`'s text is loaded and a translator for it shows no English fallback. */
export function hasCatalogue(language: LanguageTag): boolean {
  return loaded.has(language);
}

/** Loads a language's text (once). */
export async function loadCatalogue(language: LanguageTag): Promise<void> {
  if (loaded.has(language)) return;
  loaded.set(language, await LOADERS[language as OtherLanguage]());
}

export type { MessageKey };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export interface Translator {
  language: LanguageTag;
  dir: TextDirection;
  t: Translate;
  /** "3 results" / "1 result": the form of the language's plural category for `count` (Intl.PluralRules). */
  plural(key: PluralKey, count: number): string;
  /** A date like 29 November 2026, in the reader's language. */
  formatDate(isoDate: string): string;
  /** A source's own date, as precise as it is: "2013", "March 2013" or "4 March 2013". */
  formatSourceDate(date: string): string;
  /** Name of a country (ISO 3166-1 alpha-2) or EU, in the reader's language. */
  placeName(code: string): string;
  /** Name of a language (BCP 47 tag), in the reader's language. */
  languageName(tag: string): string;
}

/** A translator for `language`; text not loaded yet (see loadCatalogue) falls back to English. */
/** `make`'s value, made on the first call and kept. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export function createTranslator(language: LanguageTag): Translator {
  const catalogue = loaded.get(language) ?? {};
  const t: Translate = (key, vars) => {
    // A key missing everywhere shows as itself rather than breaking the page.
    const template: string = catalogue[key] ?? english[key] ?? key;
    return vars ? template.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole)) : template;
  };
  // Each Intl object is made on first use: making one costs about a millisecond on a cheap phone,
  // and a translator made for one message (a first message in another language) needs none.
  const pluralRules = once(() => new Intl.PluralRules(language));
  const pluralRulesEn = once(() => new Intl.PluralRules('en'));
  // Chromium's Intl has no place names for Burmese, Khmer, Nepali or Sinhala: the list falls back
  // to English for the whole language, and a name missing in one still gets the English one below.
  const regionNames = once(() => new Intl.DisplayNames([language, 'en'], { type: 'region', fallback: 'code' }));
  const englishRegionNames = once(() => new Intl.DisplayNames('en', { type: 'region', fallback: 'code' }));
  const languageNames = once(() => new Intl.DisplayNames([language, 'en'], { type: 'language', fallback: 'code' }));
  const dateFormat = once(() => new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }));
  const monthFormat = once(() => new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', timeZone: 'UTC' }));
  return {
    language,
    dir: directionOf(language),
    t,
    plural(key, count) {
      const form = pluralRules().select(count) as PluralCategory;
      const fallback = english[`${key}.${pluralRulesEn().select(count) as 'one' | 'other'}`] ?? key;
      const template = catalogue[`${key}.${form}`] ?? catalogue[`${key}.other`] ?? fallback;
      return template.replace('{count}', count.toLocaleString(language));
    },
    formatDate(isoDate) {
      const date = parseIsoDate(isoDate);
      return date ? dateFormat().format(date) : isoDate;
    },
    formatSourceDate(date) {
      if (date.length === 4) return date;
      if (date.length === 7) {
        const month = new Date(`${date}-01T00:00:00Z`);
        return Number.isNaN(month.getTime()) ? date : monthFormat().format(month);
      }
      const day = parseIsoDate(date);
      return day ? dateFormat().format(day) : date;
    },
    placeName(code) {
      if (code === 'EU') return t('place.EU');
      // Never empty, and never the bare code where English has a name.
      const own = regionNames().of(code);
      return own && own !== code ? own : englishRegionNames().of(code) || code;
    },
    languageName(tag) {
      return languageNames().of(tag) ?? tag;
    },
  };
}
