import { SITUATIONS, TOPICS } from '../../../src/data/entry';
import { SUPPORTED_LANGUAGES } from '../../../src/i18n/languages';
import { topicWordsFrom } from '../../../src/search/topic-words';

/** Every catalogue's words under `prefix` for each of `ids`, as topicWordsFrom gathers them. */
async function catalogueWords(ids: readonly string[], prefix: string): Promise<Record<string, string[]>> {
  const labels = await Promise.all(
    SUPPORTED_LANGUAGES.map(async ({ tag }) => {
      const module = (await import(`../../../src/i18n/messages/${tag}.ts`)) as Record<string, Record<string, string>>;
      const catalogue = module[tag.replace('-', '_')]!;
      return Object.fromEntries(
        ids.map((id) => [id, catalogue[`${prefix}${id}`] ?? ''] as const).filter(([, text]) => text !== ''),
      );
    }),
  );
  return topicWordsFrom(labels);
}

/** Every catalogue's `topic.*` words, by topic. */
export function allTopicWords(): Promise<Record<string, string[]>> {
  return catalogueWords(TOPICS, 'topic.');
}

/** Every catalogue's `tips.words.*` words, by situation: what people call the situations tips help with. */
export function allSituationWords(): Promise<Record<string, string[]>> {
  return catalogueWords(SITUATIONS, 'tips.words.');
}
