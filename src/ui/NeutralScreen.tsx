import './kiosk.css';
import type { Translate } from '../i18n/i18n';

interface Props {
  t: Translate;
  /** The next visitor starts: the app's home, fresh. */
  onStart: () => void;
}

/**
 * Where Quick exit leaves a kiosk: a blank screen of the app itself, with nothing of the app or of
 * the last visitor on it, and one neutral button for the next person. Leaving for another site
 * would strand a shared screen there (or on the browser's error page when offline), with no way back.
 */
export function NeutralScreen({ t, onStart }: Props) {
  return (
    <main class="neutral-screen">
      <button id="kiosk-start" type="button" class="button button--large neutral-screen__start" onClick={onStart}>
        {t('kiosk.start')}
      </button>
    </main>
  );
}
