import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITUATIONS } from '../../src/data/entry';
import { groupTips } from '../../src/ui/grouping';
import { REPO_ROOT, realDirectory } from './support/real-directory';

const tips = realDirectory().entries.filter((entry) => entry.kind === 'tip');

/**
 * Every address facts.json records, without its scheme: a tip's source must be one of them
 * (shared/ sits beside the repository). An http: fact is published as https:, which the build requires.
 */
function factUrls(): Set<string> {
  const text = readFileSync(path.resolve(REPO_ROOT, '../shared/data/facts.json'), 'utf8');
  return new Set((text.match(/https?:\/\/[^"\s]+/g) ?? []).map(withoutScheme));
}

const withoutScheme = (url: string) => url.replace(/^https?:\/\//, '');

describe('tips by situation, in the real directory', () => {
  it('gives every tip at least one situation, none twice', () => {
    const without = tips.filter((tip) => !tip.situations?.length).map((tip) => tip.id);
    expect(without).toEqual([]);
    for (const tip of tips) expect(new Set(tip.situations).size, tip.id).toBe(tip.situations!.length);
  });

  it.each(SITUATIONS)('has at least two tips at home under "%s", and three that help with it', (situation) => {
    expect(tips.filter((tip) => tip.situations![0] === situation).length).toBeGreaterThanOrEqual(2);
    expect(tips.filter((tip) => tip.situations!.includes(situation)).length).toBeGreaterThanOrEqual(3);
  });

  it('takes every tip’s source and further sources from facts.json', () => {
    const known = factUrls();
    const unknown = tips
      .flatMap((tip) => [tip.source, ...(tip.additionalSources ?? [])].map((url) => ({ id: tip.id, url })))
      .filter(({ url }) => !known.has(withoutScheme(url)));
    expect(unknown).toEqual([]);
  });

  it('groups the tips screen by situation, in the order of SITUATIONS, each tip once under its first', () => {
    const groups = groupTips(tips);
    expect(groups.map((group) => group.situation)).toEqual([...SITUATIONS]);
    expect(groups.flatMap((group) => group.entries)).toHaveLength(tips.length);
    for (const group of groups) for (const tip of group.entries) expect(tip.situations![0]).toBe(group.situation);
  });
});
