/** What the views need to render in a test: a translator with its language loaded, and compiled entries. */
import { compileEntries } from '../../../scripts/resources/compile';
import type { CompiledEntry, Entry } from '../../../src/data/entry';
import { createTranslator, loadCatalogue, loadEnglishLater, type Translator } from '../../../src/i18n/i18n';
import type { LanguageTag } from '../../../src/i18n/languages';
import { makeEntry } from '../../unit/support/entries';

/** A translator for `language`, its text loaded (as the app does before it switches language). */
export async function translator(language: LanguageTag): Promise<Translator> {
  // All of English, as the app has it by the time a screen that loads on use is drawn (lazy-part).
  await Promise.all([loadCatalogue(language), loadEnglishLater()]);
  return createTranslator(language);
}

/** An entry as the app receives it (links derived by the build); vary the source entry with `changes`. */
export function compiledEntry(id: string, changes: Partial<Entry> = {}): CompiledEntry {
  return compileEntries([makeEntry(id, changes)])[0]!;
}

/** Today for the stale badge: entries made by makeEntry were checked on 2026-11-01. */
export const TODAY = '2026-11-29';
