import { useId } from 'preact/hooks';
import type { Translate } from '../i18n/i18n';

interface Props {
  t: Translate;
  onExit: () => void;
  /** Shift presses so far towards the three that leave: shown and announced, as GOV.UK does (the page's copy only). */
  shiftPresses?: number;
}

/**
 * The way out: first in tab order on every screen, big enough to hit without looking. A modal
 * dialog (a kiosk's "Still there?") carries its own, at the same spot, because a modal makes the
 * page's inert; each copy names its own hint.
 */
export function QuickExitButton({ t, onExit, shiftPresses }: Props) {
  const hint = useId();
  return (
    <div class="quick-exit">
      <button type="button" class="quick-exit__button" onClick={onExit} aria-describedby={hint}>
        {t('exit.button')}
      </button>
      <span id={hint} class="quick-exit__hint">
        {t('exit.hint')}
      </span>
      {/* Always in the page (once, not in a dialog's copy), so a screen reader announces each change. */}
      {shiftPresses !== undefined && (
        <span class="quick-exit__count" aria-live="polite" aria-atomic="true">
          {shiftPresses > 0 ? `${t('exit.button')}: Shift ${shiftPresses}/3` : ''}
        </span>
      )}
    </div>
  );
}
