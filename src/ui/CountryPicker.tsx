import type { Translator } from '../i18n/i18n';

interface Props {
  i18n: Translator;
  /** Her country (ISO code), or '' when unknown. */
  country: string;
  open: boolean;
  query: string;
  /** Countries matching what she typed, best first. */
  matches: readonly string[];
  onOpen: () => void;
  onQuery: (text: string) => void;
  onChoose: (code: string) => void;
}

/**
 * "Where are you?": her country in one line, with a way to change it. Choosing is typing any name
 * she knows (in any of the app's languages, a city, a calling code) and tapping the country: plain
 * buttons, so touch, keyboard and screen readers all work without a custom combobox.
 */
export function CountryPicker({ i18n, country, open, query, matches, onOpen, onQuery, onChoose }: Props) {
  const { t } = i18n;
  return (
    <section class="where" aria-labelledby="where-title">
      <h2 id="where-title" class="where__title">
        {t('where.title')}
      </h2>
      {!open && country ? (
        <p class="where__current">
          <strong class="where__country">{i18n.placeName(country)}</strong>{' '}
          <button type="button" class="link-button" onClick={onOpen}>
            {t('where.change')}
          </button>
        </p>
      ) : (
        <div class="where__search">
          {!country && <p class="where__prompt">{t('where.unknown')}</p>}
          <label for="country-search">{t('where.label')}</label>
          <p id="country-search-hint" class="field__hint">
            {t('where.hint')}
          </p>
          <input
            id="country-search"
            type="search"
            value={query}
            aria-describedby="country-search-hint"
            autocomplete="off"
            autocapitalize="off"
            spellcheck={false}
            onInput={(event) => onQuery((event.currentTarget as HTMLInputElement).value)}
          />
          {query.trim() !== '' &&
            (matches.length > 0 ? (
              <ul class="where__matches" aria-label={t('where.label')}>
                {matches.map((code) => (
                  <li key={code}>
                    <button type="button" class="where__match" onClick={() => onChoose(code)}>
                      {i18n.placeName(code)}
                    </button>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="where__none" role="status">
                {t('where.none')}
              </p>
            ))}
        </div>
      )}
    </section>
  );
}
