import { TOPICS } from '../../../src/data/entry';
import { SUPPORTED_LANGUAGES } from '../../../src/i18n/languages';
import { topicWordsFrom } from '../../../src/search/topic-words';

/** Every catalogue's `topic.*` words, by topic, as topicWordsFrom gathers them. */
export async function allTopicWords(): Promise<Record<string, string[]>> {
  const labels = await Promise.all(
    SUPPORTED_LANGUAGES.map(async ({ tag }) => {
      const module = (await import(`../../../src/i18n/messages/${tag}.ts`)) as Record<string, Record<string, string>>;
      const catalogue = module[tag.replace('-', '_')]!;
      return Object.fromEntries(
        TOPICS.map((topic) => [topic, catalogue[`topic.${topic}`] ?? ''] as const).filter(([, text]) => text !== ''),
      );
    }),
  );
  return topicWordsFrom(labels);
}
