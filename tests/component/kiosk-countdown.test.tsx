/**
 * The "Still there?" dialog's markup and wiring. happy-dom's <dialog> has no modality or Escape
 * handling: that the rest of the page is inert, and Escape, are the kiosk browser test's.
 */
import { describe, expect, it } from 'vitest';
import type { Translator } from '../../src/i18n/i18n';
import { KioskCountdown } from '../../src/ui/KioskCountdown';
import { QuickExitButton } from '../../src/ui/QuickExitButton';
import { click, labelOf, renderView, textOf } from './support/render';
import { translator } from './support/views';

function countdown(i18n: Translator, secondsLeft: number, onStillHere: () => void, onExit: () => void = () => {}) {
  return <KioskCountdown i18n={i18n} secondsLeft={secondsLeft} onStillHere={onStillHere} onExit={onExit} />;
}

describe('KioskCountdown', () => {
  it('opens as an alert dialog, named and described, with focus on "I’m still here"', async () => {
    const i18n = await translator('en');
    const { container } = renderView(countdown(i18n, 10, () => {}));
    const dialog = container.querySelector('dialog')!;
    expect(dialog.open).toBe(true);
    expect(dialog.getAttribute('role')).toBe('alertdialog');
    expect(textOf(labelOf(dialog))).toBe('Still there?');
    const text = container.querySelector(`#${dialog.getAttribute('aria-describedby')}`)!;
    expect(textOf(text)).toBe('To keep your search private, this screen clears in 10 seconds.');
    expect(text.getAttribute('aria-live')).toBe('polite');
    expect(document.activeElement).toBe(dialog.querySelector('button'));
    expect(textOf(document.activeElement)).toBe('I’m still here');
  });

  it('counts down as the seconds it is given change, with the language’s plural', async () => {
    const i18n = await translator('en');
    const view = renderView(countdown(i18n, 2, () => {}));
    view.rerender(countdown(i18n, 1, () => {}));
    expect(textOf(view.container.querySelector('.countdown__text'))).toBe(
      'To keep your search private, this screen clears in 1 second.',
    );
    const arabic = await translator('ar');
    view.rerender(countdown(arabic, 3, () => {}));
    expect(textOf(view.container.querySelector('.countdown__title'))).toBe(arabic.t('kiosk.countdownTitle'));
    expect(textOf(view.container.querySelector('.countdown__text'))).toBe(arabic.plural('kiosk.countdown', 3));
  });

  it('"I’m still here" and the dialog’s cancel (Escape) both keep the screen; cancel does not close it by itself', async () => {
    const i18n = await translator('en');
    let stillHere = 0;
    const { container } = renderView(countdown(i18n, 10, () => stillHere++));
    click(container.querySelector('button'));
    expect(stillHere).toBe(1);
    const cancel = new Event('cancel', { cancelable: true });
    container.querySelector('dialog')!.dispatchEvent(cancel);
    expect(stillHere).toBe(2);
    expect(cancel.defaultPrevented).toBe(true);
  });

  it('closes the dialog when it goes, so the browser hands focus back', async () => {
    const i18n = await translator('en');
    const view = renderView(countdown(i18n, 10, () => {}));
    const dialog = view.container.querySelector('dialog')!;
    let closed = 0;
    dialog.addEventListener('close', () => closed++);
    view.unmount();
    expect(closed).toBe(1);
    expect(dialog.open).toBe(false);
  });

  it('carries its own Quick exit, since a modal dialog makes the page’s inert; its hint is its own', async () => {
    const i18n = await translator('en');
    let exits = 0;
    const { container } = renderView(
      <>
        <QuickExitButton t={i18n.t} onExit={() => {}} />
        {countdown(
          i18n,
          10,
          () => {},
          () => exits++,
        )}
      </>,
    );
    const exit = container.querySelector('dialog .quick-exit__button')!;
    expect(textOf(exit)).toBe('Quick exit');
    click(exit);
    expect(exits).toBe(1);
    const hints = [...container.querySelectorAll('.quick-exit__button')].map((button) => button.getAttribute('aria-describedby'));
    expect(new Set(hints).size).toBe(2);
    for (const hint of hints) expect(textOf(container.querySelector(`[id="${hint}"]`))).toBe(i18n.t('exit.hint'));
  });
});
