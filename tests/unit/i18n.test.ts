import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createTranslator, loadCatalogue, PLURAL_KEYS, type Catalogue, type PluralCategory } from '../../src/i18n/i18n';
import { SUPPORTED_LANGUAGES, type LanguageTag } from '../../src/i18n/languages';
import { ar } from '../../src/i18n/messages/ar';
import { en, type MessageKey } from '../../src/i18n/messages/en';
import { es } from '../../src/i18n/messages/es';
import { fr } from '../../src/i18n/messages/fr';

// Every catalogue file, found on disk: a language added later is checked without editing this test.
const MODULES = import.meta.glob<Record<string, Catalogue>>('../../src/i18n/messages/*.ts', { eager: true });
const CATALOGUES = Object.fromEntries(
  Object.entries(MODULES).map(([file, module]) => {
    const tag = file.replace(/^.*\/(.+)\.ts$/, '$1');
    return [tag, module[tag.replace('-', '_')]!];
  }),
) as Record<string, Catalogue>;

// Every translation is checked against English, key for key: a missing or forgotten key would
// show English to someone who may not read it, or break a {placeholder} the code fills in.
const TRANSLATIONS = Object.entries(CATALOGUES).filter(([tag]) => tag !== 'en');
const PLAIN_KEYS = (Object.keys(en) as MessageKey[]).filter((key) => !PLURAL_KEYS.some((plural) => key.startsWith(`${plural}.`)));

/** The keys a language must give: every plain key, and each counted text in each of its plural categories. */
function expectedKeys(language: string): string[] {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories as PluralCategory[];
  return [...PLAIN_KEYS, ...PLURAL_KEYS.flatMap((key) => categories.map((category) => `${key}.${category}`))];
}

/** The English text a key is checked against: a plural form against English's "other". */
function englishFor(key: string): string {
  const plural = PLURAL_KEYS.find((base) => key.startsWith(`${base}.`));
  return plural ? en[`${plural}.other`] : en[key as MessageKey];
}

/**
 * Keys whose translation may equal the English even though the English has more than 3 words.
 * Empty today; add `'lang:key'` only for text that is genuinely the same in both languages.
 */
const SAME_AS_ENGLISH_ALLOWED = new Set<string>([]);

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort();
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** Runs of digits ("116 016", "24"): numbers must survive translation unchanged. */
function digitRuns(text: string): string[] {
  return text.match(/\d[\d ]*\d|\d/g) ?? [];
}

// Every language's text is loaded on demand in the app; here, all of them up front.
beforeAll(() => Promise.all(SUPPORTED_LANGUAGES.map((language) => loadCatalogue(language.tag))));

it('every catalogue file is a language the app offers, and every language has its file', () => {
  expect(Object.keys(CATALOGUES).sort()).toEqual(SUPPORTED_LANGUAGES.map((language) => language.tag).sort());
});

describe.each(TRANSLATIONS)('%s catalogue', (language, catalogue) => {
  const keys = expectedKeys(language);
  const text = (key: string) => catalogue[key as keyof Catalogue] ?? '';

  it('has every English key, and every plural category of its language, each non-empty', () => {
    const missing = keys.filter((key) => text(key).trim() === '');
    expect(missing).toEqual([]);
  });

  it('has no key that English lacks, and no plural form its language does not use', () => {
    const extra = Object.keys(catalogue).filter((key) => !keys.includes(key));
    expect(extra).toEqual([]);
  });

  it('keeps exactly the placeholders of English (a plural form may leave out {count}: "one result")', () => {
    const wrong = keys
      .filter((key) => {
        const own = placeholders(text(key));
        const english = placeholders(englishFor(key));
        const isPlural = PLURAL_KEYS.some((base) => key.startsWith(`${base}.`));
        return isPlural ? own.some((name) => !english.includes(name)) : JSON.stringify(own) !== JSON.stringify(english);
      })
      .map((key) => `${key}: ${text(key)}`);
    expect(wrong).toEqual([]);
  });

  it('has no placeholder misspelt or left half-open', () => {
    // A stray brace would show to the reader as it is.
    const broken = keys.filter((key) => /[{}]/.test(text(key).replace(/\{\w+\}/g, '')));
    expect(broken).toEqual([]);
  });

  it('translates every sentence longer than 3 words (no English copied in)', () => {
    const copied = keys.filter(
      (key) =>
        wordCount(englishFor(key)) > 3 && text(key) === englishFor(key) && !SAME_AS_ENGLISH_ALLOWED.has(`${language}:${key}`),
    );
    expect(copied).toEqual([]);
  });

  it('keeps numbers as they are in English', () => {
    const lost = PLAIN_KEYS.flatMap((key) =>
      digitRuns(en[key])
        .filter((number) => !text(key).includes(number))
        .map((number) => `${key}: ${number}`),
    );
    expect(lost).toEqual([]);
  });
});

it('Arabic counts with all six of its plural forms', () => {
  const i18n = createTranslator('ar' as LanguageTag);
  const forms = [0, 1, 2, 3, 11, 100].map((count) => i18n.plural('results.count', count));
  expect(new Set(forms).size).toBe(6);
  expect(forms[0]).toBe(ar['results.count.zero']);
  expect(forms[1]).toBe(ar['results.count.one']);
  expect(forms[2]).toBe(ar['results.count.two']);
});

describe('quick exit wording', () => {
  it('names the button precisely in every language', () => {
    expect(en['exit.button']).toBe('Quick exit');
    expect(es['exit.button']).toBe('Salida rápida');
    expect(fr['exit.button']).toBe('Sortie rapide');
    expect(ar['exit.button']).toBe('خروج سريع');
  });

  it('mentions the button by its own name in the safety note', () => {
    for (const [language, catalogue] of Object.entries({ en, es, fr, ar })) {
      const t = createTranslator(language as 'en' | 'es' | 'fr' | 'ar').t;
      expect(t('note.exit'), language).toContain(catalogue['exit.button']);
      expect(t('note.history'), language).toContain(catalogue['exit.button']);
    }
  });
});

describe('translator', () => {
  it('names a place in English where the browser has no name for it in her language: never empty, never a bare code', () => {
    const Real = Intl.DisplayNames;
    // A browser with no Burmese place names (Chromium's Intl lacks some): they come back as codes.
    // biome-ignore lint/complexity/useArrowFunction: the app calls it with new, which an arrow function refuses.
    const spy = vi.spyOn(Intl, 'DisplayNames').mockImplementation(function (
      locales?: string | string[],
      options?: Intl.DisplayNamesOptions,
    ) {
      const real = new Real(locales, options!);
      const burmese = [locales].flat()[0] === 'my' && options?.type === 'region';
      return Object.assign(Object.create(Real.prototype), { of: (code: string) => (burmese ? code : real.of(code)) });
    } as unknown as () => Intl.DisplayNames);
    try {
      const my = createTranslator('my');
      expect(my.placeName('MM')).toBe(new Real('en', { type: 'region' }).of('MM'));
      expect(my.placeName('TH')).toBe('Thailand');
    } finally {
      spy.mockRestore();
    }
    // With its names, the language's own.
    expect(createTranslator('th').placeName('TH')).toBe('ไทย');
  });

  it('writes Arabic, Persian and Urdu right to left and the others left to right', () => {
    const rightToLeft = ['ar', 'fa', 'ur'];
    for (const { tag } of SUPPORTED_LANGUAGES) {
      expect(createTranslator(tag).dir, tag).toBe(rightToLeft.includes(tag) ? 'rtl' : 'ltr');
    }
  });

  it('picks the browser’s language by language and script, not by the first letters alone', async () => {
    const { bestLanguage } = await import('../../src/i18n/languages');
    const offered = SUPPORTED_LANGUAGES.map((language) => language.tag);
    expect(bestLanguage(['zh-CN'], offered)).toBe('zh-Hans');
    expect(bestLanguage(['zh-TW'], offered)).toBeUndefined();
    expect(bestLanguage(['pt-BR', 'en'], offered)).toBe('pt');
    expect(bestLanguage(['fil-PH'], offered)).toBe('fil');
    expect(bestLanguage(['de-DE', 'ne-NP'], offered)).toBe('ne');
  });

  it.each(SUPPORTED_LANGUAGES.map(({ tag }) => tag))('gives every plural text for any count in %s', (tag) => {
    const i18n = createTranslator(tag);
    for (const key of ['results.count', 'status.entries', 'kiosk.countdown'] as const) {
      for (const count of [0, 1, 2, 5, 11, 100]) {
        const text = i18n.plural(key, count);
        expect(text.trim(), `${key} ${count}`).not.toBe('');
        expect(text, `${key} ${count}`).not.toContain('{');
        expect(text, `${key} ${count}`).not.toContain(`${key}.`);
      }
    }
  });

  it('uses the translation rather than the English fallback', () => {
    expect(createTranslator('es').t('exit.button')).toBe('Salida rápida');
    expect(createTranslator('fr').plural('results.count', 3)).toBe('3 résultats');
    expect(createTranslator('es').plural('results.count', 1)).toBe('1 resultado');
  });

  it('fills placeholders in translated text', () => {
    expect(createTranslator('fr').t('group.servicesIn', { country: 'X' })).toBe('Services de soutien : X');
    expect(createTranslator('ar').t('group.helplinesIn', { country: 'Y' })).toContain('Y');
  });

  it('names languages in the reader’s language', () => {
    expect(createTranslator('en').languageName('es')).toBe('Spanish');
    expect(createTranslator('fr').languageName('es')).toBe('espagnol');
  });

  it('writes dates in the reader’s language', () => {
    const english = createTranslator('en').formatDate('2026-11-29');
    const arabic = createTranslator('ar').formatDate('2026-11-29');
    expect(english).not.toBe('');
    expect(arabic).not.toBe('');
    expect(arabic).not.toBe(english);
  });
});

describe('start settings', () => {
  it('says which browser language the app lacks, and picks the next one it has', async () => {
    const { startSettings } = await import('../../src/config/environment');
    const { readDeploymentConfig } = await import('../../scripts/deployment');
    const deployment = readDeploymentConfig(new URL('../../resources/deployment.json', import.meta.url).pathname);
    const german = startSettings(deployment, { languages: ['de-DE', 'fr-FR'], language: 'de-DE', search: '', smallScreen: true });
    expect(german.missingLanguage).toBe('de-DE');
    expect(german.language).toBe('fr');
    expect(german.country).toBe('DE');
    const nepali = startSettings(deployment, { languages: ['ne-NP'], language: 'ne-NP', search: '', smallScreen: false });
    expect(nepali.missingLanguage).toBeNull();
    expect(nepali.language).toBe('ne');
  });
});
