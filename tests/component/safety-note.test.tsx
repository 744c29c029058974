import { describe, expect, it } from 'vitest';
import { SafetyNote } from '../../src/ui/SafetyNote';
import { labelOf, renderView, textOf } from './support/render';
import { translator } from './support/views';

async function renderNote(kiosk: boolean) {
  let dismissed = 0;
  const { t } = await translator('en');
  const { container } = renderView(
    <SafetyNote t={t} lang="en" kiosk={kiosk} expanded onToggle={() => undefined} onDismiss={() => dismissed++} />,
  );
  return { note: container.querySelector('section')!, t, dismissals: () => dismissed };
}

describe('SafetyNote', () => {
  it('on a personal device says what quick exit does and cannot do: history, calls, stored data', async () => {
    const { note, t } = await renderNote(false);
    // A region named by its heading, focusable from script only: "How to stay safe" in the footer brings her here.
    expect(labelOf(note)).toBe(note.querySelector('h2[tabindex="-1"]'));
    expect(textOf(labelOf(note))).toBe('Staying safe on this device');
    expect([...note.querySelectorAll('li')].map(textOf)).toEqual([
      t('note.exit'),
      t('note.history'),
      t('note.calls'),
      t('note.data'),
    ]);
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
