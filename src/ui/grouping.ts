import { ENTRY_KINDS, SITUATIONS, type CompiledEntry, type EntryKind, type Situation } from '../data/entry';
import { byTrust } from '../rules/confidence';
import { isListedByCountry } from '../rules/kinds';

export interface EntryGroup {
  /** Stable key, also used for the heading id. */
  key: string;
  kind: EntryKind;
  /** For helpline groups: the country (ISO code or EU). */
  country?: string;
  /** For tip groups: the situation its tips help with (a tip's first situation is its home). */
  situation?: Situation;
  entries: CompiledEntry[];
}

/**
 * The whole directory in the order a person looking for help needs it: her country first (its
 * emergency numbers, helplines and services), then every other country's (by name in her
 * language), then programmes, publications and tips, for everyone.
 */
export function groupDirectory(
  entries: readonly CompiledEntry[],
  country: string,
  placeName: (code: string) => string,
  language: string,
): EntryGroup[] {
  const collator = new Intl.Collator(language);
  const byCountry = new Map<string, CompiledEntry[]>();
  const shared: EntryGroup[] = [];
  for (const kind of ENTRY_KINDS) {
    const ofKind = entries.filter((entry) => entry.kind === kind);
    if (ofKind.length === 0) continue;
    if (kind === 'tip') {
      shared.push(...groupTips(ofKind));
      continue;
    }
    if (!isListedByCountry(kind)) {
      shared.push({ key: kind, kind, entries: ofKind });
      continue;
    }
    for (const entry of ofKind) {
      const code = entry.countries[0] ?? '';
      byCountry.set(code, [...(byCountry.get(code) ?? []), entry]);
    }
  }
  const codes = [...byCountry.keys()].sort((a, b) => {
    if (a === country) return -1;
    if (b === country) return 1;
    return collator.compare(placeName(a), placeName(b));
  });
  const groups: EntryGroup[] = [];
  for (const code of codes) {
    const here = byCountry.get(code)!;
    for (const kind of ENTRY_KINDS) {
      const ofKind = here.filter((entry) => entry.kind === kind);
      if (ofKind.length > 0)
        groups.push({ key: `${kind}-${code || 'global'}`, kind, country: code, entries: ofKind.sort(byTrust) });
    }
  }
  return [...groups, ...shared];
}

/**
 * Tips by the situation she is in, in SITUATIONS order: each tip once, under its first situation
 * (its home); tips that name no situation last, in one group of their own.
 */
export function groupTips(tips: readonly CompiledEntry[]): EntryGroup[] {
  const groups: EntryGroup[] = SITUATIONS.map((situation) => ({
    key: `tip-${situation}`,
    kind: 'tip',
    situation,
    entries: tips.filter((tip) => tip.situations?.[0] === situation),
  }));
  groups.push({ key: 'tip', kind: 'tip', entries: tips.filter((tip) => !tip.situations?.length) });
  return groups.filter((group) => group.entries.length > 0);
}
