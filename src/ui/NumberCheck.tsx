import type { NumberCheck as Check } from '../guidance/number-check';
import type { Translator } from '../i18n/i18n';
import { CardList } from './CardList';
import { pick } from './localized';
import type { EntryDisplay } from './EntryCard';

interface Props {
  i18n: Translator;
  today: string;
  display: EntryDisplay;
  typed: string;
  check: Check;
  onType: (text: string) => void;
}

/**
 * "Is this number real?": a number typed or pasted, and whether the directory has it and whose
 * line it is. "Not found" says only that: it is neither a warning nor a reassurance.
 */
export function NumberCheck({ i18n, today, display, typed, check, onType }: Props) {
  const { t } = i18n;
  return (
    <div class="number-check">
      <div class="field">
        <label for="number-check">{t('number.label')}</label>
        <p id="number-check-hint" class="field__hint">
          {t('number.hint')}
        </p>
        <input
          id="number-check"
          type="text"
          inputMode="tel"
          value={typed}
          aria-describedby="number-check-hint"
          autocomplete="off"
          autocapitalize="off"
          spellcheck={false}
          onInput={(event) => onType((event.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <div class="number-check__answer" role="status">
        {check.status === 'found' && (
          <>
            <p>
              <strong>{t('number.found')}</strong> {t('number.whose')}
            </p>
            <ul class="number-check__owners">
              {check.matches.map(({ entry, unverified }) => {
                const name = pick(entry.name, i18n.language);
                const facts = [
                  entry.countries.map((code) => i18n.placeName(code)).join(', ') || t('place.global'),
                  entry.operator ? t(`operator.${entry.operator}`) : null,
                  unverified ? t('number.unverified') : null,
                ].filter((part) => part !== null);
                return (
                  <li key={entry.id}>
                    <strong lang={name.lang}>{name.text}</strong> · {facts.join(' · ')}
                  </li>
                );
              })}
            </ul>
            <p>{t('number.caution')}</p>
          </>
        )}
        {check.status === 'not-found' && (
          <>
            <p>
              <strong>{t('number.notFound')}</strong>
            </p>
            <p>{t('number.notFoundMeaning')}</p>
          </>
        )}
      </div>
      {check.status === 'found' && <CardList entries={check.matches.map((match) => match.entry)} {...{ i18n, today, display }} />}
    </div>
  );
}
