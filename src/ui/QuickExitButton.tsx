import type { Translate } from '../i18n/i18n';

interface Props {
  t: Translate;
  onExit: () => void;
}

/** The way out: first in tab order on every screen, big enough to hit without looking. */
export function QuickExitButton({ t, onExit }: Props) {
  return (
    <div class="quick-exit">
      <button type="button" class="quick-exit__button" onClick={onExit} aria-describedby="quick-exit-hint">
        {t('exit.button')}
      </button>
      <span id="quick-exit-hint" class="quick-exit__hint">
        {t('exit.hint')}
      </span>
    </div>
  );
}
