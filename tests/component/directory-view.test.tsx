import { describe, expect, it } from 'vitest';
import type { CompiledEntry } from '../../src/data/entry';
import type { Translator } from '../../src/i18n/i18n';
import { DirectoryView } from '../../src/ui/DirectoryView';
import { compileEntries } from '../../scripts/resources/compile';
import { mixedDirectory } from '../unit/support/entries';
import { realDirectory } from '../unit/support/real-directory';
import { labelOf, renderView, textOf } from './support/render';
import { TODAY, translator } from './support/views';

const ENTRIES = compileEntries(mixedDirectory());
const byId = (id: string) => ENTRIES.find((entry) => entry.id === id)!;

interface View {
  query?: string;
  entries?: readonly CompiledEntry[];
  results?: readonly CompiledEntry[];
  nearest?: readonly CompiledEntry[];
  country?: string;
}

function renderDirectory(
  i18n: Translator,
  { query = '', entries = ENTRIES, results = [], nearest = [], country = 'GB' }: View = {},
) {
  const { container } = renderView(
    <DirectoryView
      i18n={i18n}
      today={TODAY}
      query={query}
      entries={entries}
      results={results}
      nearest={nearest}
      country={country}
      display={{ mode: 'personal', saved: new Set(), onSavedChange: () => undefined }}
    />,
  );
  return container.querySelector('#results')!;
}

const groupTitles = (results: Element) => [...results.querySelectorAll('.group__title')].map(textOf);
const cardIds = (within: Element) =>
  [...within.querySelectorAll('article h3, article h4')].map((heading) => heading.id.replace(/^entry-/, ''));

describe('DirectoryView, with nothing typed', () => {
  it('groups the whole directory: the reader’s country first, then other countries by name, then programmes and tips', async () => {
    const results = renderDirectory(await translator('en'));
    expect(groupTitles(results)).toEqual([
      'Helplines: United Kingdom',
      'Helplines: France',
      'Helplines: Germany',
      'Programmes and initiatives',
      'Guides, reports and laws',
      'Staying safe online',
    ]);
    // Each group is a region named by its heading; cards are one level below it.
    for (const group of results.querySelectorAll('section.group')) {
      expect(labelOf(group)).toBe(group.querySelector('h3'));
      expect(group.querySelectorAll('article h4').length).toBeGreaterThan(0);
    }
  });

  it('lists a country’s verified lines first, and loses no entry', async () => {
    const results = renderDirectory(await translator('en'));
    const france = [...results.querySelectorAll('section.group')][1]!;
    expect(cardIds(france)).toEqual(['fr-line', 'fr-unsure']);
    expect(cardIds(results).sort()).toEqual(ENTRIES.map((entry) => entry.id).sort());
  });

  it('names the groups in the reader’s language and sorts countries by their names in it', async () => {
    const results = renderDirectory(await translator('es'), { country: '' });
    // Alemania, Francia, Reino Unido (in English the order would be France, Germany, United Kingdom).
    expect(groupTitles(results).slice(0, 3)).toEqual([
      'Líneas de ayuda: Alemania',
      'Líneas de ayuda: Francia',
      'Líneas de ayuda: Reino Unido',
    ]);
  });

  it('says how many entries there are, for screen readers', async () => {
    const results = renderDirectory(await translator('en'));
    const heading = results.querySelector('#results-heading')!;
    expect(textOf(heading)).toBe('7 entries');
    expect(heading.className).toBe('visually-hidden');
  });

  it('shows every entry of the real directory once', async () => {
    const { entries } = realDirectory();
    const results = renderDirectory(await translator('en'), { entries });
    expect(results.querySelectorAll('article')).toHaveLength(entries.length);
    expect(groupTitles(results).slice(0, 2)).toEqual(['Emergency numbers: United Kingdom', 'Helplines: United Kingdom']);
  });
});

describe('DirectoryView, searching', () => {
  it('lists the results in order under a live count', async () => {
    const results = renderDirectory(await translator('en'), { query: 'line', results: [byId('gb-line'), byId('de-line')] });
    const heading = results.querySelector('#results-heading')!;
    expect(textOf(heading)).toBe('2 results');
    expect(heading.getAttribute('aria-live')).toBe('polite');
    expect(cardIds(results.querySelector('ol.entry-list')!)).toEqual(['gb-line', 'de-line']);
    expect(results.querySelector('.group')).toBeNull();
  });

  it('with no match says so and offers the closest entries', async () => {
    const results = renderDirectory(await translator('en'), { query: 'zqxjv', nearest: [byId('fr-line')] });
    expect(textOf(results.querySelector('#results-heading'))).toBe('Nothing matches “zqxjv”.');
    expect(textOf(results.querySelector('.results__near'))).toBe('Closest matches');
    expect(cardIds(results.querySelector('ul.entry-list')!)).toEqual(['fr-line']);
  });

  it('with nothing near either, suggests fewer words', async () => {
    const results = renderDirectory(await translator('en'), { query: 'zqxjv' });
    expect(results.querySelector('article')).toBeNull();
    expect(textOf(results.querySelector('p'))).toBe('Try fewer words, or a country name.');
  });

  it('treats a query of spaces as nothing typed', async () => {
    const results = renderDirectory(await translator('en'), { query: '   ' });
    expect(groupTitles(results)).toHaveLength(6);
  });
});
