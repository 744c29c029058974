/**
 * `npx tsx scripts/check-catalogue.ts xx`: checks one interface catalogue (src/i18n/messages/xx.ts)
 * against English the way the unit test does, before the language is registered: every key,
 * every plural category its language uses, the same placeholders, the digits kept, nothing extra.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PLURAL_KEYS, type Catalogue } from '../src/i18n/i18n.ts';
import { en, type MessageKey } from '../src/i18n/messages/en.ts';

const tag = process.argv[2];
if (!tag) throw new Error('usage: npx tsx scripts/check-catalogue.ts <language tag>');
const file = path.resolve(import.meta.dirname, `../src/i18n/messages/${tag}.ts`);
const catalogue = ((await import(pathToFileURL(file).href)) as Record<string, Catalogue>)[tag.replace('-', '_')];
if (!catalogue) throw new Error(`${file} must export const ${tag.replace('-', '_')}: Catalogue`);

const plain = (Object.keys(en) as MessageKey[]).filter((key) => !PLURAL_KEYS.some((base) => key.startsWith(`${base}.`)));
const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
const expected = [...plain, ...PLURAL_KEYS.flatMap((key) => categories.map((category) => `${key}.${category}`))];
const text = (key: string) => (catalogue as Record<string, string | undefined>)[key] ?? '';
const english = (key: string) => {
  const base = PLURAL_KEYS.find((plural) => key.startsWith(`${plural}.`));
  return base ? en[`${base}.other`] : en[key as MessageKey];
};
const names = (value: string) => [...new Set([...value.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort();
const problems: string[] = [];
for (const key of expected) {
  const value = text(key);
  if (value.trim() === '') problems.push(`${key}: missing`);
  const own = names(value);
  const theirs = names(english(key));
  const isPlural = PLURAL_KEYS.some((base) => key.startsWith(`${base}.`));
  if (isPlural ? own.some((name) => !theirs.includes(name)) : own.join() !== theirs.join()) {
    problems.push(`${key}: placeholders {${own.join('},{')}} but English has {${theirs.join('},{')}}`);
  }
  if (/[{}]/.test(value.replace(/\{\w+\}/g, ''))) problems.push(`${key}: stray brace`);
  if (!isPlural)
    for (const digits of english(key).match(/\d[\d ]*\d|\d/g) ?? [])
      if (!value.includes(digits)) problems.push(`${key}: lost the number ${digits}`);
  if (value === english(key) && english(key).split(/\s+/).length > 3) problems.push(`${key}: still English`);
}
for (const key of Object.keys(catalogue))
  if (!expected.includes(key)) problems.push(`${key}: not a key (plural categories for ${tag}: ${categories.join(', ')})`);
if (!text('note.exit').includes(text('exit.button')) || !text('note.history').includes(text('exit.button'))) {
  problems.push('note.exit and note.history must name the button exactly as exit.button does');
}
console.log(problems.length === 0 ? `${tag}: ${expected.length} texts, all fine` : problems.join('\n'));
process.exitCode = problems.length === 0 ? 0 : 1;
