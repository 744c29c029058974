import type { Ref } from 'preact';
import type { Translate } from '../i18n/i18n';

interface Props {
  t: Translate;
  kiosk: boolean;
  onDismiss: () => void;
  /** The heading, focusable, so "How to stay safe" in the footer can take her here. */
  titleRef?: Ref<HTMLHeadingElement>;
}

/**
 * "Staying safe": what quick exit does and what it cannot do, said once per visit (and to every
 * new person at a kiosk). Honest about the limits: history, private windows, the call log.
 */
export function SafetyNote({ t, kiosk, onDismiss, titleRef }: Props) {
  return (
    <section class="safety-note" aria-labelledby="safety-note-title">
      <h2 id="safety-note-title" class="safety-note__title" ref={titleRef} tabIndex={-1}>
        {t('note.title')}
      </h2>
      {kiosk ? (
        <ul class="safety-note__points">
          <li>{t('note.kiosk')}</li>
          <li>{t('note.exit')}</li>
          <li>{t('note.calls')}</li>
        </ul>
      ) : (
        <>
          <ul class="safety-note__points">
            <li>{t('note.exit')}</li>
          </ul>
          {/* The rest one tap away, so on a phone her country's help still fits the first screen. */}
          <details class="safety-note__more">
            <summary>{t('note.more')}</summary>
            <ul class="safety-note__points">
              <li>{t('note.history')}</li>
              <li>{t('note.calls')}</li>
              <li>{t('note.data')}</li>
            </ul>
          </details>
        </>
      )}
      <button type="button" class="button button--secondary" onClick={onDismiss}>
        {t('note.dismiss')}
      </button>
    </section>
  );
}
