import type { ComponentChildren, Ref } from 'preact';
import type { Translate } from '../i18n/i18n';

interface Props {
  /** The results area (#results) is on the page. */
  resultsShown: boolean;
  t: Translate;
  query: string;
  onQuery: (query: string) => void;
  inputRef?: Ref<HTMLInputElement>;
  /** Beside the box (the Filters button), on the same line so the first screen loses no height. */
  children?: ComponentChildren;
}

/** The search box. Not a form: Enter submits nothing anywhere, and nothing typed leaves the page. */
export function SearchField({ t, query, onQuery, inputRef, resultsShown, children }: Props) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is not a landmark in browsers before 2023; role="search" is.
    <div class="field search" role="search">
      <label for="search">{t('search.label')}</label>
      <p id="search-hint" class="field__hint">
        {t('search.hint')}
      </p>
      <div class="search__row">
        <input
          ref={inputRef}
          id="search"
          type="search"
          value={query}
          placeholder={t('search.placeholder')}
          aria-describedby="search-hint"
          // Only once the results area exists: a reference to a missing element is an error to assistive tech.
          aria-controls={resultsShown ? 'results' : undefined}
          autocomplete="off"
          autocapitalize="off"
          spellcheck={false}
          enterkeyhint="search"
          onInput={(event) => onQuery((event.currentTarget as HTMLInputElement).value)}
        />
        {children}
      </div>
    </div>
  );
}
