import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslator, loadCatalogue } from '../../src/i18n/i18n';
import { ContactList } from '../../src/ui/ContactList';
import { firstMessageText } from '../../src/ui/FirstMessage';
import { click, renderView, textOf } from './support/render';
import { compiledEntry, translator } from './support/views';

const LINE = compiledEntry('ph-line', {
  countries: ['PH'],
  contacts: [
    { type: 'phone', number: '1343', short: true },
    { type: 'sms', number: '0917 123 4567' },
    { type: 'whatsapp', number: '0917 123 4567' },
    { type: 'chat', url: 'https://example.org/chat' },
  ],
});

/** Settles the view until `ready` holds (a lazily loaded part has drawn), or gives up after 5 s. */
async function settleUntil(ready: () => boolean): Promise<void> {
  const giveUp = Date.now() + 5000;
  while (!ready() && Date.now() < giveUp) await settle();
}

/** Lets the chosen language's text load and the view settle. */
async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** The first message of a line's card, opened (as a click on its summary does). */
async function renderMessage(language: 'en' | 'ar' = 'en') {
  const i18n = await translator(language);
  const { container } = renderView(<ContactList contacts={LINE.contacts} i18n={i18n} firstMessageFor={LINE.id} />);
  // The part is a chunk of its own, loaded with the English text it uses: wait for it to draw.
  await settleUntil(() => container.querySelector('details.first-message') !== null);
  const details = container.querySelector<HTMLDetailsElement>('details.first-message')!;
  act(() => {
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
  });
  await settleUntil(() => details.querySelector('.first-message__text')?.textContent !== '');
  return { container, i18n, details };
}

function choose(select: HTMLSelectElement, value: string): void {
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('first message', () => {
  it('is offered closed, drawing only its summary, and never on a kiosk or for a line with only calls', async () => {
    const i18n = await translator('en');
    const closed = renderView(<ContactList contacts={LINE.contacts} i18n={i18n} firstMessageFor={LINE.id} />);
    await settleUntil(() => closed.container.querySelector('details.first-message') !== null);
    const details = closed.container.querySelector<HTMLDetailsElement>('details.first-message')!;
    expect(details.open).toBe(false);
    expect(textOf(details.querySelector('summary'))).toBe(i18n.t('message.open'));
    expect(details.querySelector('select, .first-message__text')).toBeNull();
    const kiosk = renderView(<ContactList contacts={LINE.contacts} i18n={i18n} kiosk firstMessageFor={LINE.id} />);
    expect(kiosk.container.querySelector('details.first-message')).toBeNull();
    const callsOnly = compiledEntry('calls', { countries: ['PH'], contacts: [{ type: 'phone', number: '1343', short: true }] });
    const calls = renderView(<ContactList contacts={callsOnly.contacts} i18n={i18n} firstMessageFor="calls" />);
    expect(calls.container.querySelector('details.first-message')).toBeNull();
  });

  it('writes the message in the language she picks, named in itself, with its English name, and opens sms: and wa.me with it', async () => {
    const { details, i18n } = await renderMessage();
    const select = details.querySelector('select')!;
    expect([...select.options].find((option) => option.value === 'my')!.textContent).toBe('မြန်မာ');
    await loadCatalogue('my');
    choose(select, 'my');
    await settle();
    const burmese = createTranslator('my');
    const text = firstMessageText(burmese, 'my', false);
    expect(text).toBe(burmese.t('message.body.cannotTalk', { language: 'မြန်မာ (Burmese)' }));
    const shown = details.querySelector('.first-message__text')!;
    expect(shown.textContent).toBe(text);
    expect(shown.getAttribute('lang')).toBe('my');
    const links = [...details.querySelectorAll('.first-message__send a')].map((link) => link.getAttribute('href'));
    expect(links).toEqual([
      `sms:+639171234567?body=${encodeURIComponent(text)}`,
      `https://wa.me/639171234567?text=${encodeURIComponent(text)}`,
    ]);
    expect(textOf(details)).toContain(i18n.t('message.history'));
  });

  it('says she can talk on the phone when she says so', async () => {
    const { details } = await renderMessage('ar');
    const [can] = [...details.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    click(can!);
    const arabic = createTranslator('ar');
    expect(details.querySelector('.first-message__text')!.textContent).toBe(
      arabic.t('message.body.canTalk', { language: 'العربية (Arabic)' }),
    );
    expect(details.querySelector('.first-message__text')!.getAttribute('dir')).toBe('rtl');
  });

  it('copies the message for a chat, and says how to copy by hand when the browser refuses', async () => {
    const writes: string[] = [];
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: async (text: string) => void writes.push(text) } });
    const { details, i18n } = await renderMessage();
    await settleUntil(() => details.querySelector('.first-message__send button') !== null);
    const copy = details.querySelector('.first-message__send button')!;
    click(copy);
    await settle();
    expect(writes).toEqual([details.querySelector('.first-message__text')!.textContent]);
    expect(textOf(details.querySelector('.copy__status'))).toBe(i18n.t('message.copied'));
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
    click(copy);
    await settle();
    expect(textOf(details.querySelector('.copy__status'))).toBe(i18n.t('message.copyFailed'));
  });
});
