import { describe, expect, it } from 'vitest';
import { SITUATION_WORDS, TOPIC_WORDS } from '../../src/search/all-topic-words';
import { createTranslator } from '../../src/i18n/i18n';
import { vocabularyFor } from '../../src/app/vocabulary';
import { createDirectorySearch } from '../../src/search/directory-search';
import { allSituationWords, allTopicWords } from './support/all-topic-words';
import { realDirectory } from './support/real-directory';

describe('topic words in every language', () => {
  it('are the catalogues’ own words (run `npx tsx scripts/topic-words.ts` after changing a catalogue)', async () => {
    expect(TOPIC_WORDS).toEqual(await allTopicWords());
    expect(SITUATION_WORDS).toEqual(await allSituationWords());
  });

  it.each(['trata', 'الاتجار', 'ค้ามนุษย์', 'मानव तस्करी', 'торговля людьми'])(
    '"%s" finds trafficking lines with the interface in English',
    (query) => {
      const { entries } = realDirectory();
      const engine = createDirectorySearch(entries, vocabularyFor(createTranslator('en'), entries));
      const hits = engine.search(query).hits;
      expect(hits.length).toBeGreaterThan(0);
      const top = entries.find((entry) => entry.id === hits[0]!.id)!;
      expect(top.topics).toContain('trafficking');
    },
  );
});
