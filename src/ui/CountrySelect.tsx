import type { Translator } from '../i18n/i18n';

interface Props {
  i18n: Translator;
  id: string;
  label: string;
  /** The first option, meaning no country. */
  noneLabel: string;
  codes: readonly string[];
  value: string;
  onChange: (code: string) => void;
}

/** A labelled choice of country, each named in the reader's language and sorted as she reads. */
export function CountrySelect({ i18n, id, label, noneLabel, codes, value, onChange }: Props) {
  const collator = new Intl.Collator(i18n.language);
  const countries = codes.map((code) => ({ code, name: i18n.placeName(code) })).sort((a, b) => collator.compare(a.name, b.name));
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value)}>
        <option value="">{noneLabel}</option>
        {countries.map(({ code, name }) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
