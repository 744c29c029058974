import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isUnProgramme } from '../../src/rules/un-programmes';
import { PartnerView } from '../../src/ui/PartnerView';
import { realDirectory } from '../unit/support/real-directory';
import { click, renderView, textOf } from './support/render';
import { translator } from './support/views';

const entries = realDirectory().entries;

async function renderPartners(language: 'en' | 'ar' = 'en') {
  const i18n = await translator(language);
  let back = 0;
  const { container } = renderView(<PartnerView i18n={i18n} entries={entries} onBack={() => back++} />);
  return { container, i18n, backs: () => back };
}

const settle = () =>
  act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

afterEach(() => vi.unstubAllGlobals());

describe('PartnerView', () => {
  it('names both days, the principles for sharing stories, and links every UN programme with no referrer', async () => {
    const { container, i18n } = await renderPartners('ar');
    const text = textOf(container);
    for (const key of [
      'partners.days.july',
      'partners.days.orange',
      'partners.principle.harm',
      'partners.principle.consent',
      'partners.principle.confidential',
    ] as const)
      expect(text).toContain(i18n.t(key));
    const links = [...container.querySelectorAll<HTMLAnchorElement>('.partners__programmes a')];
    expect(links).toHaveLength(entries.filter(isUnProgramme).length);
    for (const link of links) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(link.getAttribute('rel')).toContain('noreferrer');
    }
  });

  it('copies each message as shown, and says when the browser refuses', async () => {
    const writes: string[] = [];
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: async (text: string) => void writes.push(text) } });
    const { container, i18n } = await renderPartners();
    const messages = [...container.querySelectorAll('.partners__message')];
    expect(messages).toHaveLength(3);
    for (const message of messages) {
      click(message.querySelector('button'));
      await settle();
      expect(textOf(message.querySelector('.copy__status'))).toBe(i18n.t('message.copied'));
    }
    expect(writes).toEqual(messages.map((message) => message.querySelector('p')!.textContent));
    expect(writes[0]).toBe(i18n.t('partners.message.july'));
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    click(messages[1]!.querySelector('button'));
    await settle();
    expect(textOf(messages[1]!.querySelector('.copy__status'))).toBe(i18n.t('message.copyFailed'));
  });

  it('goes back to the help', async () => {
    const { container, backs } = await renderPartners();
    click(container.querySelector('.partners > p button'));
    expect(backs()).toBe(1);
  });
});
