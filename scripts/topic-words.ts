/**
 * `npx tsx scripts/topic-words.ts`: writes src/search/all-topic-words.ts, every catalogue's `topic.*`
 * search words by topic and `tips.words.*` by situation, so a topic word in any shipped language finds its topic whatever the
 * interface language, without loading 24 catalogues on the device. tests/unit/topic-words.test.ts
 * fails when a catalogue changes and this file was not regenerated.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { allSituationWords, allTopicWords } from '../tests/unit/support/all-topic-words.ts';

const file = path.resolve(import.meta.dirname, '../src/search/all-topic-words.ts');
const words = await allTopicWords();
const situations = await allSituationWords();
const lines = (map: Record<string, string[]>) =>
  Object.entries(map)
    .map(([id, list]) => `  '${id}': ${JSON.stringify(list)},`)
    .join('\n');
writeFileSync(
  file,
  `/**
 * Every shipped language's search words for each topic (generated from src/i18n/messages/*.ts by
 * scripts/topic-words.ts; a unit test keeps it in step). Used by the search, in its own chunk.
 */
export const TOPIC_WORDS: Readonly<Record<string, readonly string[]>> = {
${lines(words)}
};

/** Every shipped language's words for each situation tips help with ("passport", "estafa", "fake job"). */
export const SITUATION_WORDS: Readonly<Record<string, readonly string[]>> = {
${lines(situations)}
};
`,
);
console.log(
  `wrote ${path.relative(process.cwd(), file)}: ${Object.keys(words).length} topics, ${Object.keys(situations).length} situations`,
);
