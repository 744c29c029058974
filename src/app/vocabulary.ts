/**
 * The search's words for a reader: place, topic and kind names in her language, as plain maps.
 * One home for what the app, the bench and the tests all hand to the search.
 */
import { ENTRY_KINDS, TOPICS, type CompiledEntry } from '../data/entry';
import type { Translator } from '../i18n/i18n';
import type { MessageKey } from '../i18n/i18n';
import { SUPPORTED_LANGUAGES } from '../i18n/languages';
import type { SearchVocabulary } from '../search/directory-search';

/** The vocabulary for `translator`'s language, naming every place the entries mention. */
export function vocabularyFor(translator: Translator, entries: readonly CompiledEntry[]): SearchVocabulary {
  const codes = new Set(entries.flatMap((entry) => entry.countries));
  return {
    language: translator.language,
    countryNames: Object.fromEntries([...codes].map((code) => [code, translator.placeName(code)])),
    topicLabels: Object.fromEntries(TOPICS.map((topic) => [topic, translator.t(`topic.${topic}` as MessageKey)])),
    kindLabels: Object.fromEntries(ENTRY_KINDS.map((kind) => [kind, translator.t(`kind.${kind}` as MessageKey)])),
    // Whatever the interface language, a place may be typed in any of the app's languages.
    placeLanguages: SUPPORTED_LANGUAGES.map((language) => language.tag),
  };
}
