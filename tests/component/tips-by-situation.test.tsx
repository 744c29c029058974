import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { SITUATIONS } from '../../src/data/entry';
import type { EntryDisplay } from '../../src/ui/EntryCard';
import { groupTips } from '../../src/ui/grouping';
import { TipsBySituation } from '../../src/ui/TipsBySituation';
import { realDirectory } from '../unit/support/real-directory';
import { renderView, textOf } from './support/render';
import { TODAY, translator } from './support/views';

const ON_SCREEN: EntryDisplay = { mode: 'personal', saved: new Set(), onSavedChange: () => undefined };
const tips = realDirectory().entries.filter((entry) => entry.kind === 'tip');

async function renderTips(language: 'en' | 'ar' = 'en') {
  const i18n = await translator(language);
  const { container } = renderView(
    <TipsBySituation
      i18n={i18n}
      today={TODAY}
      display={ON_SCREEN}
      groups={groupTips(tips)}
      extras={{ 'covering-tracks': <p id="extra">steps</p> }}
    />,
  );
  return { container, i18n };
}

describe('TipsBySituation', () => {
  it('shows one closed disclosure per situation, headed in the reader’s language with its count', async () => {
    const { container, i18n } = await renderTips('ar');
    const situations = [...container.querySelectorAll('details.situation')];
    expect(situations.map((details) => details.getAttribute('data-situation'))).toEqual([...SITUATIONS]);
    expect(situations.every((details) => !(details as HTMLDetailsElement).open)).toBe(true);
    const first = situations[0]!.querySelector('summary h4');
    expect(textOf(first)).toBe(i18n.t('tips.situation.job-offer'));
    const jobTips = groupTips(tips)[0]!.entries.length;
    expect(textOf(situations[0]!.querySelector('.situation__count'))).toBe(`(${jobTips.toLocaleString('ar')})`);
  });

  it('lists each tip once, as a card under its first situation, with what the situation adds on top', async () => {
    const { container } = await renderTips();
    // Closed, a situation draws no cards: the home screen stays small.
    expect(container.querySelectorAll('article')).toHaveLength(0);
    for (const details of container.querySelectorAll('details')) {
      act(() => {
        details.open = true;
        details.dispatchEvent(new Event('toggle'));
      });
    }
    expect(container.querySelectorAll('article')).toHaveLength(tips.length);
    const tracks = container.querySelector('details[data-situation="covering-tracks"]')!;
    expect(tracks.querySelector('#extra')).not.toBeNull();
    expect(tracks.querySelector('.situation__body')!.firstElementChild!.id).toBe('extra');
    const passport = container.querySelector('details[data-situation="money-documents"]')!;
    expect([...passport.querySelectorAll('article h5')].map(textOf)).toContain('Keep your passport yourself');
  });
});
