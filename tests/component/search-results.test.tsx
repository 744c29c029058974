/**
 * What search adds to the results: matched words marked as text, a bounded page of cards with
 * "Show more", and the filters' panel, with real labels and only the choices the entries have.
 */
import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import type { CompiledEntry } from '../../src/data/entry';
import type { Translator } from '../../src/i18n/i18n';
import { matchRanges } from '../../src/search/highlight';
import { NO_FILTERS, filterOptions, type EntryFilters } from '../../src/search/filters';
import { CardList } from '../../src/ui/CardList';
import { DirectoryView } from '../../src/ui/DirectoryView';
import { EntryCard } from '../../src/ui/EntryCard';
import { FilterPanel } from '../../src/ui/FilterPanel';
import { HOME_GROUP_LIMIT, HOME_HELP_LIMIT } from '../../src/ui/HomeView';
import { click, renderView, textOf } from './support/render';
import { compiledEntry, TODAY, translator } from './support/views';

const personal = { mode: 'personal', saved: new Set<string>(), onSavedChange: () => undefined } as const;

describe('matched words', () => {
  it('are marked in the name and the summary as <mark> text, never as HTML', async () => {
    const i18n = await translator('en');
    const entry = compiledEntry('hostile', {
      name: { en: '<img src=x onerror=alert(1)> Slavery Helpline' },
      summary: { en: 'Advice on modern slavery, <b>any</b> day.' },
    });
    const { container } = renderView(
      <EntryCard
        entry={entry}
        i18n={i18n}
        today={TODAY}
        headingLevel={3}
        display={personal}
        marks={{ terms: ['slavery', 'img'], ranges: matchRanges }}
      />,
    );
    const heading = container.querySelector('h3')!;
    expect(heading.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(heading.textContent).toBe('<img src=x onerror=alert(1)> Slavery Helpline');
    expect([...heading.querySelectorAll('mark')].map(textOf)).toEqual(['img', 'Slavery']);
    expect([...container.querySelectorAll('.entry__summary mark')].map(textOf)).toEqual(['slavery']);
    // Every child of a marked text is a text node or a <mark> holding one.
    for (const node of heading.childNodes)
      expect(node.nodeType === Node.TEXT_NODE || (node as Element).tagName === 'MARK').toBe(true);
  });

  it('marks nothing without terms, and folds accents as the search does', async () => {
    const i18n = await translator('en');
    const entry = compiledEntry('mx', { name: { en: 'Línea contra la trata' } });
    const plain = renderView(<EntryCard entry={entry} i18n={i18n} today={TODAY} headingLevel={3} display={personal} />);
    expect(plain.container.querySelector('mark')).toBeNull();
    const marked = renderView(
      <EntryCard
        entry={entry}
        i18n={i18n}
        today={TODAY}
        headingLevel={3}
        display={personal}
        marks={{ terms: ['linea'], ranges: matchRanges }}
      />,
    );
    expect(textOf(marked.container.querySelector('mark'))).toBe('Línea');
  });

  it('draws a card again only when its entry, language or matched words change, not for each keystroke', async () => {
    const i18n = await translator('en');
    const entry = compiledEntry('mx', { name: { en: 'Línea contra la trata' } });
    const marks = (terms: string[]) => ({ terms: new Map([['mx', terms]]), ranges: matchRanges });
    const list = (words: string[]) => (
      <CardList entries={[entry]} i18n={i18n} today={TODAY} display={personal} marks={marks(words)} />
    );
    const view = renderView(list(['trata']));
    const heading = () => textOf(view.container.querySelector('h4'));
    // The same entry object, changed behind the card's back: a card that is not drawn again shows the old name.
    (entry.name as { en: string }).en = 'Línea nacional contra la trata';
    view.rerender(list(['trata']));
    expect(heading()).toBe('Línea contra la trata');
    // Other matched words (the next keystroke's): drawn again.
    view.rerender(list(['linea']));
    expect(heading()).toBe('Línea nacional contra la trata');
    expect(textOf(view.container.querySelector('mark'))).toBe('Línea');
  });
});

const MANY: CompiledEntry[] = Array.from({ length: 1000 }, (_, i) =>
  compiledEntry(`line-${String(i).padStart(4, '0')}`, { name: { en: `Slavery line ${i}` } }),
);

function results(
  i18n: Translator,
  shown: number,
  onShowMore: () => void = () => undefined,
  list: readonly CompiledEntry[] = MANY,
) {
  return (
    <DirectoryView
      i18n={i18n}
      today={TODAY}
      query="slavery"
      entries={list}
      results={list}
      nearest={[]}
      country="GB"
      display={personal}
      shown={shown}
      onShowMore={onShowMore}
    />
  );
}

describe('a big answer', () => {
  it('renders one page of cards, says how many of how many, and "Show more" adds the next page', async () => {
    const i18n = await translator('en');
    let asked = 0;
    const view = renderView(
      results(i18n, 20, () => {
        asked++;
      }),
    );
    const root = view.container;
    expect(root.querySelectorAll('article').length).toBe(20);
    expect(textOf(root.querySelector('#results-heading'))).toBe('1,000 results');
    expect(textOf(root.querySelector('.results__more [aria-live]'))).toBe('Showing 20 of 1,000');
    click([...root.querySelectorAll('button')].find((button) => textOf(button) === 'Show more')!);
    expect(asked).toBe(1);
    view.rerender(results(i18n, 40));
    expect(root.querySelectorAll('article').length).toBe(40);
    // The first card the click added is where focus goes (the model focuses #results-more).
    const first = root.querySelector('#results-more')!;
    expect(first.getAttribute('tabindex')).toBe('-1');
    expect(first.querySelector('h3')!.id).toBe('entry-line-0020');
    // All shown: no button.
    const few = MANY.slice(0, 30);
    view.rerender(results(i18n, 40, undefined, few));
    expect(root.querySelectorAll('article').length).toBe(30);
    expect(root.querySelector('.results__more')).toBeNull();
  });

  it('with filters on and no match offers to clear them instead of a dead end', async () => {
    const i18n = await translator('en');
    let cleared = 0;
    const { container } = renderView(
      <DirectoryView
        i18n={i18n}
        today={TODAY}
        query=""
        entries={MANY}
        results={[]}
        nearest={[]}
        country="GB"
        display={personal}
        filtered={[]}
        filtersOn
        onClearFilters={() => cleared++}
      />,
    );
    expect(textOf(container.querySelector('#results-heading'))).toBe('Nothing matches these filters.');
    click(container.querySelector('#results button'));
    expect(cleared).toBe(1);
  });
});

describe('the filters’ panel', () => {
  const entries = [
    compiledEntry('ke', {
      countries: ['KE'],
      operator: 'ngo',
      languages: ['sw'],
      free: true,
      contacts: [{ type: 'whatsapp', number: '+254 722 000 000' }],
    }),
    compiledEntry('fr', { countries: ['FR'], operator: 'police', hours: { always: true } }),
  ];

  function panel(i18n: Translator, filters: EntryFilters, onChange: (next: EntryFilters) => void) {
    return (
      <FilterPanel
        i18n={i18n}
        filters={filters}
        options={filterOptions(entries)}
        count={0}
        onChange={onChange}
        onClear={() => undefined}
      />
    );
  }

  it('offers only what the entries have, each control with its label', async () => {
    const i18n = await translator('en');
    const { container } = renderView(panel(i18n, NO_FILTERS, () => undefined));
    const country = container.querySelector<HTMLSelectElement>('#filter-country')!;
    expect(textOf(container.querySelector('label[for="filter-country"]'))).toBe('Country');
    expect([...country.options].map((option) => option.textContent)).toEqual(['Any country', 'France', 'Kenya']);
    const language = container.querySelector<HTMLSelectElement>('#filter-language')!;
    expect([...language.options].map((option) => option.textContent)).toEqual(['Any language', 'Swahili']);
    const legends = [...container.querySelectorAll('legend')].map(textOf);
    expect(legends).toEqual(['Kind', 'Who answers', 'How to reach', 'Topic', 'Cost and hours']);
    const labels = [...container.querySelectorAll('label.check')].map(textOf);
    expect(labels).toEqual(
      expect.arrayContaining(['Run by an NGO', 'Police line', 'WhatsApp', 'Free of charge', 'Open round the clock', 'Open now']),
    );
    expect(labels).not.toContain('Email');
    // Every checkbox sits inside its label.
    for (const box of container.querySelectorAll('input[type="checkbox"]')) expect(box.closest('label')).not.toBeNull();
  });

  it('says each change as the whole new set of filters', async () => {
    const i18n = await translator('en');
    const changes: EntryFilters[] = [];
    const { container } = renderView(panel(i18n, NO_FILTERS, (next) => changes.push(next)));
    const police = [...container.querySelectorAll('label.check')].find((label) => textOf(label) === 'Police line')!;
    click(police.querySelector('input'));
    const country = container.querySelector<HTMLSelectElement>('#filter-country')!;
    act(() => {
      country.value = 'KE';
      country.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(changes).toEqual([
      { ...NO_FILTERS, operators: ['police'] },
      { ...NO_FILTERS, country: 'KE' },
    ]);
  });
});

describe('the home screen', () => {
  /** The home screen (nothing typed) of `entries`, her country Great Britain. */
  const renderHome = (i18n: Translator, entries: readonly CompiledEntry[]) =>
    renderView(
      <DirectoryView
        i18n={i18n}
        today={TODAY}
        query=""
        entries={entries}
        results={[]}
        nearest={[]}
        country="GB"
        display={personal}
        home={{ showAllCountries: false, onToggleAllCountries: () => undefined, clues: { userAgent: '' } }}
      />,
    ).container;

  /** Presses the first "Show more" in `root` and lets the view settle. */
  async function showMore(root: Element): Promise<void> {
    click([...root.querySelectorAll('button')].find((button) => textOf(button) === 'Show more')!);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  it('shows a few cards of each shared group, and "Show more" adds the next few, focus on the first added', async () => {
    const i18n = await translator('en');
    // Programmes: tips have a screen of their own, by situation (tips-by-situation tests).
    const programmes = Array.from({ length: 10 }, (_, i) =>
      compiledEntry(`programme-${i}`, { kind: 'programme', countries: [], url: 'https://example.org/' }),
    );
    const container = renderHome(i18n, programmes);
    const cards = () => container.querySelectorAll('article.entry--programme').length;
    expect(cards()).toBe(HOME_GROUP_LIMIT);
    await showMore(container);
    expect(cards()).toBe(2 * HOME_GROUP_LIMIT);
    expect(document.activeElement?.querySelector('h4')?.id).toBe(`entry-programme-${HOME_GROUP_LIMIT}`);
  });

  it("bounds her country's own lines too, however many there are, and always shows its emergency numbers", async () => {
    const i18n = await translator('en');
    const lines = Array.from({ length: 30 }, (_, i) => compiledEntry(`gb-line-${i}`, { countries: ['GB'] }));
    const emergency = compiledEntry('gb-emergency', { kind: 'emergency', countries: ['GB'] });
    const here = renderHome(i18n, [...lines, emergency]).querySelector('section.group--here')!;
    const lineCards = () => here.querySelectorAll('article.entry--helpline').length;
    expect(lineCards()).toBe(HOME_HELP_LIMIT);
    expect(here.querySelectorAll('article.entry--emergency')).toHaveLength(1);
    expect(textOf(here)).toContain(`Showing ${HOME_HELP_LIMIT} of 30`);
    await showMore(here);
    expect(lineCards()).toBe(2 * HOME_HELP_LIMIT);
  });
});
