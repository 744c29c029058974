import { describe, expect, it } from 'vitest';
import { SafetyNote } from '../../src/ui/SafetyNote';
import { renderView, textOf } from './support/render';
import { translator } from './support/views';

async function renderNote(kiosk: boolean) {
  let dismissed = 0;
  const { t } = await translator('en');
  const { container } = renderView(<SafetyNote t={t} kiosk={kiosk} onDismiss={() => dismissed++} />);
  return { note: container.querySelector('section')!, t, dismissals: () => dismissed };
}

describe('SafetyNote', () => {
  it('is a region named by its focusable heading', async () => {
    const { note } = await renderNote(false);
    const heading = note.querySelector('h2')!;
    expect(note.getAttribute('aria-labelledby')).toBe(heading.id);
    expect(textOf(heading)).toBe('Staying safe on this device');
    expect(heading.getAttribute('tabindex')).toBe('-1');
  });

  it('on a personal device says what quick exit does and cannot do: history, calls, stored data', async () => {
    const { note, t } = await renderNote(false);
    expect([...note.querySelectorAll('li')].map(textOf)).toEqual([t('note.exit'), t('note.history'), t('note.calls'), t('note.data')]);
  });

  it('at a kiosk says the screen is shared and clears itself, and nothing about this device’s history or data', async () => {
    const { note, t } = await renderNote(true);
    expect([...note.querySelectorAll('li')].map(textOf)).toEqual([t('note.kiosk'), t('note.exit'), t('note.calls')]);
  });

  it('"Hide this note" asks to dismiss it', async () => {
    const { note, dismissals } = await renderNote(false);
    const button = note.querySelector('button')!;
    expect(textOf(button)).toBe('Hide this note');
    expect(button.type).toBe('button');
    button.click();
    expect(dismissals()).toBe(1);
  });
});
