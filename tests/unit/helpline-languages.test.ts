import { describe, expect, it } from 'vitest';
import { OFFICIAL_LANGUAGES } from '../../scripts/resources/official-languages';
import { realDirectory } from './support/real-directory';

const lines = realDirectory().entries.filter((entry) => entry.kind === 'helpline');

/** The numbers a text gives: a summary in another language says the same ones ("24 h/24" says 24 once). */
const numbers = (text: string) => [...new Set(text.match(/\d+/g))].sort();

describe('helplines in the languages of their country', () => {
  it('knows the official languages of every country a helpline serves', () => {
    const unknown = [...new Set(lines.flatMap((line) => line.countries))].filter((code) => !(code in OFFICIAL_LANGUAGES));
    expect(unknown).toEqual([]);
  });

  it("gives every helpline's name and summary in English and in its country's official languages", () => {
    const missing = lines.flatMap((line) =>
      [...new Set(line.countries.flatMap((code) => OFFICIAL_LANGUAGES[code] ?? []))].flatMap((language) =>
        (['name', 'summary'] as const)
          .filter((field) => !line[field][language]?.trim())
          .map((field) => `${line.id}.${field}.${language}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('keeps the numbers of the English summary in every other language', () => {
    const differing = lines.flatMap((line) =>
      Object.entries(line.summary)
        .filter(([language, text]) => language !== 'en' && numbers(text).join() !== numbers(line.summary.en).join())
        .map(([language]) => `${line.id}.summary.${language}`),
    );
    expect(differing).toEqual([]);
  });
});
