import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Translator } from '../i18n/i18n';

interface Props {
  i18n: Translator;
  secondsLeft: number;
  onStillHere: () => void;
}

/**
 * "Still there?" before a kiosk forgets its visitor. A native modal <dialog>: the rest of the page
 * is inert, focus is held inside, and closing it returns focus to where it was. Escape (the
 * dialog's cancel) also means "I'm still here".
 */
export function KioskCountdown({ i18n, secondsLeft, onStillHere }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useLayoutEffect(() => {
    const element = dialog.current!;
    if (!element.open) element.showModal();
    button.current?.focus();
    // Closed before the element goes, so the browser hands focus back to what had it.
    return () => element.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      class="countdown"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="countdown-title"
      aria-describedby="countdown-text"
      onCancel={(event) => {
        event.preventDefault();
        onStillHere();
      }}
    >
      <h2 id="countdown-title" class="countdown__title">
        {i18n.t('kiosk.countdownTitle')}
      </h2>
      <p id="countdown-text" class="countdown__text" aria-live="polite" aria-atomic="true">
        {i18n.plural('kiosk.countdown', secondsLeft)}
      </p>
      <button ref={button} type="button" class="button button--large" onClick={onStillHere}>
        {i18n.t('kiosk.stillHere')}
      </button>
    </dialog>
  );
}
