import type { Translate } from '../i18n/i18n';
import { ListenButton } from './listen-part';

interface Props {
  t: Translate;
  /** The interface language, for reading the note aloud. */
  lang: string;
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
export function SafetyNote({ t, lang, kiosk, expanded, onToggle, onDismiss }: Props) {
  const points = kiosk
    ? [t('note.kiosk'), t('note.exit'), t('note.calls')]
    : [t('note.exit'), t('note.history'), t('note.calls'), t('note.data')];
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
          {points.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
        <ListenButton t={t} id="safety-note" lang={lang} text={[t('note.title'), ...points].join(' ')} />
        <p class="safety-note__actions">
          <button type="button" class="button button--secondary" onClick={onDismiss}>
            {t('note.dismiss')}
          </button>
        </p>
      </details>
    </section>
  );
}
