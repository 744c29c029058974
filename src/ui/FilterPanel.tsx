/**
 * The filters' controls: a select for country and for language, checkbox groups for the rest,
 * and "Clear filters". Only choices some entry has are offered (FilterOptions). Loaded on first
 * use (app/search-extras.ts), so the first page carries none of it.
 */
import type { MessageKey, Translator } from '../i18n/i18n';
import type { EntryFilters, FilterOptions } from '../search/filters';
import './filter-panel.css';
import { CountrySelect } from './CountrySelect';

export interface FilterPanelProps {
  i18n: Translator;
  filters: EntryFilters;
  options: FilterOptions;
  count: number;
  onChange: (filters: EntryFilters) => void;
  onClear: () => void;
}

type ListKey = 'kinds' | 'topics' | 'operators' | 'contacts';

/** A topic's catalogue text is a list of search words ("labour exploitation, forced work"): its first names it. */
function topicLabel(text: string): string {
  return text.split(/[,،，、;]/)[0]!.trim();
}

function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list, value] : list.filter((item) => item !== value);
}

interface GroupProps<T extends string> {
  legend: string;
  name: ListKey;
  values: readonly T[];
  chosen: readonly T[];
  label: (value: T) => string;
  onToggle: (value: T, on: boolean) => void;
}

function CheckboxGroup<T extends string>({ legend, name, values, chosen, label, onToggle }: GroupProps<T>) {
  if (values.length === 0) return null;
  return (
    <fieldset class="filters__group">
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value} class="check">
          <input
            type="checkbox"
            name={`filter-${name}`}
            value={value}
            checked={chosen.includes(value)}
            onChange={(event) => onToggle(value, (event.currentTarget as HTMLInputElement).checked)}
          />
          <span>{label(value)}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function FilterPanel({ i18n, filters, options, count, onChange, onClear }: FilterPanelProps) {
  const { t } = i18n;
  const set = (patch: Partial<EntryFilters>) => onChange({ ...filters, ...patch });
  const list =
    <K extends ListKey>(key: K) =>
    (value: EntryFilters[K][number], on: boolean) =>
      set({ [key]: toggled(filters[key] as readonly EntryFilters[K][number][], value, on) });
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, i18n.language);
  const languages = options.languages.map((code) => ({ code, name: i18n.languageName(code) })).sort(byName);
  const flag = (key: 'free' | 'always' | 'openNow', label: string) => (
    <label class="check">
      <input
        type="checkbox"
        name={`filter-${key}`}
        checked={filters[key]}
        onChange={(event) => set({ [key]: (event.currentTarget as HTMLInputElement).checked })}
      />
      <span>{label}</span>
    </label>
  );
  return (
    <section id="filters" class="filters" aria-labelledby="filters-toggle">
      <div class="filters__selects">
        {options.countries.length > 0 && (
          <CountrySelect
            i18n={i18n}
            id="filter-country"
            label={t('filters.country')}
            noneLabel={t('filters.anyCountry')}
            codes={options.countries}
            value={filters.country}
            onChange={(country) => set({ country })}
          />
        )}
        {languages.length > 0 && (
          <div class="field">
            <label for="filter-language">{t('filters.language')}</label>
            <select
              id="filter-language"
              value={filters.language}
              onChange={(event) => set({ language: (event.currentTarget as HTMLSelectElement).value })}
            >
              <option value="">{t('filters.anyLanguage')}</option>
              {languages.map(({ code, name }) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <CheckboxGroup
        legend={t('filters.kind')}
        name="kinds"
        values={options.kinds}
        chosen={filters.kinds}
        label={(kind) => t(`kind.${kind}`)}
        onToggle={list('kinds')}
      />
      <CheckboxGroup
        legend={t('filters.operator')}
        name="operators"
        values={options.operators}
        chosen={filters.operators}
        label={(operator) => t(`operator.${operator}`)}
        onToggle={list('operators')}
      />
      <CheckboxGroup
        legend={t('filters.contact')}
        name="contacts"
        values={options.contacts}
        chosen={filters.contacts}
        label={(method) => t(`filters.contact.${method}`)}
        onToggle={list('contacts')}
      />
      <CheckboxGroup
        legend={t('filters.topic')}
        name="topics"
        values={options.topics}
        chosen={filters.topics}
        label={(topic) => topicLabel(t(`topic.${topic}` as MessageKey))}
        onToggle={list('topics')}
      />
      {(options.free || options.always || options.openNow) && (
        <fieldset class="filters__group">
          <legend>{t('filters.availability')}</legend>
          {options.free && flag('free', t('filters.free'))}
          {options.always && flag('always', t('filters.always'))}
          {options.openNow && (
            <>
              {flag('openNow', t('filters.openNow'))}
              <p class="field__hint">{t('filters.openNowNote')}</p>
            </>
          )}
        </fieldset>
      )}
      {count > 0 && (
        <p>
          <button type="button" class="button button--secondary" onClick={onClear}>
            {t('filters.clear')}
          </button>
        </p>
      )}
    </section>
  );
}
