import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../i18n/i18n';
import { canListen, listen, watchVoices } from '../speech/listen';

interface Props {
  t: Translate;
  /** What to read, and the language it is written in (which may differ from the interface's). */
  text: string;
  lang: string;
  /** Unique per page, for the hint's id. */
  id: string;
}

/**
 * "Listen": reads a text aloud for a reader who reads little, with the device's own voice. Shown
 * only when the device has a local voice for the text's language, with a hint to use earphones.
 */
export function ListenButton({ t, text, lang, id }: Props) {
  const [available, setAvailable] = useState(() => canListen(lang));
  useEffect(() => {
    setAvailable(canListen(lang));
    // Voices load after the page in most browsers.
    return watchVoices(() => setAvailable(canListen(lang)));
  }, [lang]);
  if (!available) return null;
  const hintId = `listen-hint-${id}`;
  return (
    <p class="listen">
      <button type="button" class="link-button" aria-describedby={hintId} onClick={() => listen(text, lang)}>
        {t('listen.button')}
      </button>{' '}
      <span id={hintId} class="listen__hint">
        {t('listen.hint')}
      </span>
    </p>
  );
}
