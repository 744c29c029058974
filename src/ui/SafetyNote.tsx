import type { Translate } from '../i18n/i18n';

interface Props {
  t: Translate;
  kiosk: boolean;
  /** Shown in full; on a phone it starts as one line that opens, so her country's help fits the first screen. */
  expanded: boolean;
  onToggle: (expanded: boolean) => void;
  onDismiss: () => void;
}

/**
 * "Staying safe": what quick exit does and what it cannot do, said once per visit (and to every
 * new person at a kiosk). Honest about the limits: history, private windows, the call log.
 */
export function SafetyNote({ t, kiosk, expanded, onToggle, onDismiss }: Props) {
  return (
    <section class="safety-note" aria-labelledby="safety-note-title">
      <details
        class="safety-note__details"
        open={expanded}
        onToggle={(event) => onToggle((event.currentTarget as HTMLDetailsElement).open)}
      >
        <summary class="safety-note__summary">
          {/* Focusable from script only: "How to stay safe" in the footer brings her here. */}
          <h2 id="safety-note-title" class="safety-note__title" tabIndex={-1}>
            {t('note.title')}
          </h2>
        </summary>
        <ul class="safety-note__points">
          {kiosk && <li>{t('note.kiosk')}</li>}
          <li>{t('note.exit')}</li>
          {!kiosk && <li>{t('note.history')}</li>}
          <li>{t('note.calls')}</li>
          {!kiosk && <li>{t('note.data')}</li>}
        </ul>
        <p class="safety-note__actions">
          <button type="button" class="button button--secondary" onClick={onDismiss}>
            {t('note.dismiss')}
          </button>
        </p>
      </details>
    </section>
  );
}
