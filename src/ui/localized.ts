import type { CompiledEntry, LocalizedText } from '../data/entry';
import type { Translator } from '../i18n/i18n';

/** The text in the reader's language, else English; with the language it is really in. */
export function pick(text: LocalizedText, language: string): { text: string; lang: string } {
  const own = text[language];
  return own ? { text: own, lang: language } : { text: text.en, lang: 'en' };
}

/**
 * An entry's name and summary in the reader's language. Every country's emergency entry has the
 * same name and summary: the interface says them in every language (`kind.emergency`,
 * `emergency.summary`) where the entry itself does not.
 */
export function entryText(entry: CompiledEntry, field: 'name' | 'summary', i18n: Translator): { text: string; lang: string } {
  if (entry.kind === 'emergency' && !entry[field][i18n.language]) {
    return { text: i18n.t(field === 'name' ? 'kind.emergency' : 'emergency.summary'), lang: i18n.language };
  }
  return pick(entry[field], i18n.language);
}
