import type { LocalizedText } from '../data/entry';

/** The text in the reader's language, else English; with the language it is really in. */
export function pick(text: LocalizedText, language: string): { text: string; lang: string } {
  const own = text[language];
  return own ? { text: own, lang: language } : { text: text.en, lang: 'en' };
}
