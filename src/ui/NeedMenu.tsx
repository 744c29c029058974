import { NEEDS, type Need } from '../guidance/need-ids';
import type { Translate } from '../i18n/i18n';

interface Props {
  t: Translate;
  open: boolean;
  onToggle: () => void;
  onChoose: (need: Need) => void;
  onJobCheck: () => void;
  onNumberCheck: () => void;
}

/**
 * "What do I need now?" beside the search: one line that opens six plain answers (and the two
 * checks), so the first screen keeps her country's first call link in view. Choosing changes
 * what the page shows: no navigation, no address, no history entry.
 */
export function NeedMenu({ t, open, onToggle, onChoose, onJobCheck, onNumberCheck }: Props) {
  return (
    <div class="needs">
      <button
        id="need-toggle"
        type="button"
        class="needs__toggle"
        aria-expanded={open}
        // Only while the list exists: a reference to a missing element is an error to assistive tech.
        aria-controls={open ? 'need-list' : undefined}
        onClick={onToggle}
      >
        {t('need.open')}
      </button>
      {open && (
        <ul id="need-list" class="needs__list">
          {NEEDS.map((need) => (
            <li key={need}>
              <button type="button" class={`needs__choice needs__choice--${need}`} onClick={() => onChoose(need)}>
                {t(`need.answer.${need}`)}
              </button>
            </li>
          ))}
          <li>
            <button type="button" class="needs__choice needs__choice--tool" onClick={onJobCheck}>
              {t('job.open')}
            </button>
          </li>
          <li>
            <button type="button" class="needs__choice needs__choice--tool" onClick={onNumberCheck}>
              {t('number.open')}
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
