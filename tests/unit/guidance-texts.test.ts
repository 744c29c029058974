/**
 * The words of the job-offer and number checks' answers, in every language the interface ships:
 * they never call an offer or a number "safe", and "not found" never reads as "fake".
 */
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/i18n/i18n';
import { RED_FLAGS } from '../../src/guidance/job-check';
import { en } from '../../src/i18n/messages/en';

const MODULES = import.meta.glob<Record<string, Catalogue>>('../../src/i18n/messages/*.ts', { eager: true });
const CATALOGUES = Object.fromEntries(
  Object.entries(MODULES).map(([file, module]) => {
    const tag = file.replace(/^.*\/(.+)\.ts$/, '$1');
    return [tag, module[tag.replace('-', '_')]!];
  }),
) as Record<string, Catalogue>;

/** "Safe" (and "sure", where one word says both) in each language, as a reader would see it. */
const SAFE: Record<string, RegExp> = {
  en: /\bsafe/i,
  es: /segur/i,
  fr: /\bsûre?s?\b|sans danger|sécuri/i,
  pt: /segur/i,
  ar: /آمن|أمان/,
  fa: /امن|ایمن/,
  ur: /محفوظ/,
  ru: /безопасн/i,
  uk: /безпечн/i,
  ro: /sigur/i,
  tr: /güvenli/i,
  hi: /सुरक्षित/,
  bn: /নিরাপদ/,
  ne: /सुरक्षित/,
  si: /ආරක්ෂිත/,
  th: /ปลอดภัย/,
  my: /လုံခြုံ/,
  km: /សុវត្ថិភាព/,
  vi: /an toàn/i,
  id: /\baman\b/i,
  fil: /ligtas/i,
  'zh-Hans': /安全/,
  sw: /salama/i,
  am: /ደህንነ|አስተማማኝ/,
};

/** Every text the two checks' answers are made of. */
const RESULT_KEYS = [
  ...RED_FLAGS.flatMap((flag) => [`job.q.${flag}`, `job.why.${flag}`, `job.do.${flag}`]),
  'job.result',
  'job.found',
  'job.next',
  'job.noneFound',
  'job.cannotCheck',
  'job.findOut',
  'number.found',
  'number.whose',
  'number.caution',
  'number.notFound',
  'number.notFoundMeaning',
] as const;

describe('guidance texts', () => {
  it('has a "safe" word for every shipped language', () => {
    expect(Object.keys(SAFE).sort()).toEqual(Object.keys(CATALOGUES).sort());
  });

  it.each(Object.keys(CATALOGUES))('%s: the checks’ answers never say "safe"', (tag) => {
    const catalogue = CATALOGUES[tag]!;
    for (const key of RESULT_KEYS) {
      const text = catalogue[key as keyof typeof en];
      expect(text, `${tag} ${key}`).toBeTruthy();
      expect(text, `${tag} ${key}`).not.toMatch(SAFE[tag]!);
    }
  });

  it('English "not found" says it is not in this directory, that this does not tell whether it is real, and what to do', () => {
    expect(en['number.notFound']).toMatch(/not in this directory/);
    expect(en['number.notFoundMeaning']).toMatch(/does not tell whether it is real/);
    expect(en['number.notFoundMeaning']).toMatch(/call a line from this directory/);
    expect(`${en['number.notFound']} ${en['number.notFoundMeaning']}`).not.toMatch(/fake|scam|fraud/i);
  });

  it('English with no flag found says what the check could not check', () => {
    expect(en['job.cannotCheck']).toMatch(/cannot tell whether the recruiter, the employer or the job are real/);
  });
});
