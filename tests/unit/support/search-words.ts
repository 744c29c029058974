/**
 * The search's vocabulary as the app gives it (vocabularyFor), with every shipped catalogue's
 * topic words (topicWordsFrom), so topic words in any language find their topic. Used by the
 * search tests, the relevance set and the bench.
 */
import { vocabularyFor } from '../../../src/app/vocabulary';
import type { CompiledEntry } from '../../../src/data/entry';
import { createTranslator, loadCatalogue } from '../../../src/i18n/i18n';
import { SUPPORTED_LANGUAGES, type LanguageTag } from '../../../src/i18n/languages';
import type { SearchVocabulary } from '../../../src/search/directory-search';
import { topicWordsFrom } from '../../../src/search/topic-words';

/** The vocabulary for `language`, with topic words in every language. Loads every catalogue. */
export async function searchWords(language: LanguageTag, entries: readonly CompiledEntry[]): Promise<SearchVocabulary> {
  await Promise.all(SUPPORTED_LANGUAGES.map((each) => loadCatalogue(each.tag)));
  const labels = SUPPORTED_LANGUAGES.map((each) => vocabularyFor(createTranslator(each.tag), entries).topicLabels);
  return { ...vocabularyFor(createTranslator(language), entries), topicWords: topicWordsFrom(labels) };
}
