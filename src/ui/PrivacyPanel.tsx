import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../i18n/i18n';

interface Props {
  t: Translate;
  /** Shows the "staying safe" note again. */
  onShowNote: () => void;
  /** Deletes everything on the device and leaves. */
  onRemoveData: () => void;
}

/**
 * The footer's privacy section: what is kept, what removing cannot reach (the browser's own copies
 * and history), the safety note again, and "remove everything" with a confirm step.
 */
export function PrivacyPanel({ t, onShowNote, onRemoveData }: Props) {
  const [confirming, setConfirming] = useState(false);
  const confirmTitle = useRef<HTMLHeadingElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Focus follows the step: to the question when it opens, back to the button when cancelled.
  useLayoutEffect(() => {
    if (confirming) confirmTitle.current?.focus();
    else if (wasConfirming.current) removeButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  return (
    <section class="privacy" aria-labelledby="privacy-title">
      <h2 id="privacy-title" class="privacy__title">
        {t('privacy.title')}
      </h2>
      <p>{t('privacy.text')}</p>
      {/* Honest about what removing cannot reach: the browser's own files on disk, and its history. */}
      <p>{t('privacy.traces')}</p>
      <p class="privacy__actions">
        <button type="button" class="button button--secondary" onClick={onShowNote}>
          {t('privacy.showNote')}
        </button>
        {!confirming && (
          <button ref={removeButton} type="button" class="button button--danger" onClick={() => setConfirming(true)}>
            {t('privacy.remove')}
          </button>
        )}
      </p>
      {confirming && (
        <div class="privacy__confirm">
          <h3 ref={confirmTitle} tabIndex={-1}>
            {t('privacy.confirmTitle')}
          </h3>
          <p>{t('privacy.confirmText')}</p>
          <p class="privacy__actions">
            <button type="button" class="button button--danger" onClick={onRemoveData}>
              {t('privacy.confirm')}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setConfirming(false)}>
              {t('privacy.cancel')}
            </button>
          </p>
        </div>
      )}
    </section>
  );
}
