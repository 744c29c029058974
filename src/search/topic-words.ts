/**
 * A topic's search words in every language the interface ships in, so "trata", "الاتجار" or
 * "ค้ามนุษย์" find trafficking lines whatever language the interface is in. The words are the
 * catalogues' own `topic.*` texts (search words, not shown), each a list of synonyms.
 */

// The list separators the catalogues use: Latin, Arabic, Chinese and Amharic commas, semicolons.
const SEPARATORS = /[,،，、፣;؛]/;

/**
 * Every catalogue's words for each topic: `labels` holds, for each language, its `topic.*` texts by
 * topic (as `vocabularyFor` gives them in `topicLabels`). Synonyms are split apart and repeated
 * ones kept once.
 */
export function topicWordsFrom(labels: Iterable<Readonly<Record<string, string>>>): Record<string, string[]> {
  const words: Record<string, Set<string>> = {};
  for (const language of labels) {
    for (const [topic, text] of Object.entries(language)) {
      words[topic] ??= new Set();
      for (const word of text.split(SEPARATORS)) if (word.trim() !== '') words[topic].add(word.trim());
    }
  }
  return Object.fromEntries(Object.entries(words).map(([topic, set]) => [topic, [...set]]));
}
