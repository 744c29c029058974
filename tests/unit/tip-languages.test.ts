import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../src/i18n/languages';
import { realDirectory } from './support/real-directory';

const tips = realDirectory().entries.filter((entry) => entry.kind === 'tip');
const languages = SUPPORTED_LANGUAGES.map((language) => language.tag);

/** The script each language not written in Latin letters must use (a tip copied in English would not). */
const SCRIPTS: Partial<Record<string, RegExp>> = {
  ar: /\p{Script=Arabic}/u,
  fa: /\p{Script=Arabic}/u,
  ur: /\p{Script=Arabic}/u,
  ru: /\p{Script=Cyrillic}/u,
  uk: /\p{Script=Cyrillic}/u,
  hi: /\p{Script=Devanagari}/u,
  ne: /\p{Script=Devanagari}/u,
  bn: /\p{Script=Bengali}/u,
  si: /\p{Script=Sinhala}/u,
  th: /\p{Script=Thai}/u,
  my: /\p{Script=Myanmar}/u,
  km: /\p{Script=Khmer}/u,
  'zh-Hans': /\p{Script=Han}/u,
  am: /\p{Script=Ethiopic}/u,
};

/** The numbers a text gives (999, 55), in order: a translation must give the same ones, in ASCII digits. */
const numbers = (text: string) => (text.match(/\d+/g) ?? []).sort();

describe('the tips, in every interface language', () => {
  it('has at least 36 tips, each with a name, a summary and a category', () => {
    expect(tips.length).toBeGreaterThanOrEqual(36);
  });

  it.each(languages)('gives every tip a name, summary and category in %s', (language) => {
    const missing = tips.flatMap((tip) =>
      (['name', 'summary', 'category'] as const)
        .filter((field) => !tip[field]?.[language]?.trim())
        .map((field) => `${tip.id}.${field}`),
    );
    expect(missing).toEqual([]);
  });

  it.each(languages.filter((language) => language !== 'en'))(
    'keeps the numbers of the English and writes %s in its own script',
    (language) => {
      const script = SCRIPTS[language];
      for (const tip of tips) {
        for (const field of ['name', 'summary'] as const) {
          const text = tip[field][language]!;
          expect(numbers(text), `${tip.id}.${field}`).toEqual(numbers(tip[field].en));
          if (script) expect(text, `${tip.id}.${field}`).toMatch(script);
          expect(text, `${tip.id}.${field} is the English`).not.toBe(tip[field].en);
        }
      }
    },
  );
});
