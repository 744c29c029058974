import './kiosk.css';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Translator } from '../i18n/i18n';
import { QuickExitButton } from './QuickExitButton';

interface Props {
  i18n: Translator;
  secondsLeft: number;
  onStillHere: () => void;
  onExit: () => void;
}

/**
 * "Still there?" before a kiosk forgets its visitor. A native modal <dialog>: the rest of the page
 * is inert, focus is held inside, and closing it returns focus to where it was. Escape (the
 * dialog's cancel) also means "I'm still here". Because the page's Quick exit is inert under it,
 * the dialog has its own, at the same spot on the screen; its backdrop is opaque, so the last
 * visitor's search does not show through while the next person reads the question.
 */
export function KioskCountdown({ i18n, secondsLeft, onStillHere, onExit }: Props) {
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
      {/* Last in the dialog's order (focus starts on "I'm still here"); drawn where the page's is. */}
      <QuickExitButton t={i18n.t} onExit={onExit} />
    </dialog>
  );
}
