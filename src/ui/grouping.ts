import { ENTRY_KINDS, type CompiledEntry, type EntryKind } from '../data/entry';
import { doubtOf } from '../rules/confidence';
import { isListedByCountry } from '../rules/kinds';

export interface EntryGroup {
  /** Stable key, also used for the heading id. */
  key: string;
  kind: EntryKind;
  /** For helpline groups: the country (ISO code or EU). */
  country?: string;
  entries: CompiledEntry[];
}

/** Lines not fully verified after the ones that are; otherwise the order stays. */
function verifiedFirst(entries: CompiledEntry[]): CompiledEntry[] {
  const rank = (entry: CompiledEntry) => doubtOf(entry.confidence);
  return [...entries].sort((a, b) => rank(a) - rank(b));
}

/**
 * The whole directory in the order a person looking for help needs it: her country's helplines
 * first, then every other country's (by name in her language), then services, programmes,
 * publications and tips.
 */
export function groupDirectory(
  entries: readonly CompiledEntry[],
  country: string,
  placeName: (code: string) => string,
  language: string,
): EntryGroup[] {
  const groups: EntryGroup[] = [];
  const collator = new Intl.Collator(language);
  for (const kind of ENTRY_KINDS) {
    const ofKind = entries.filter((entry) => entry.kind === kind);
    if (ofKind.length === 0) continue;
    if (!isListedByCountry(kind)) {
      groups.push({ key: kind, kind, entries: ofKind });
      continue;
    }
    const byCountry = new Map<string, CompiledEntry[]>();
    for (const entry of ofKind) {
      const code = entry.countries[0] ?? '';
      byCountry.set(code, [...(byCountry.get(code) ?? []), entry]);
    }
    const codes = [...byCountry.keys()].sort((a, b) => {
      if (a === country) return -1;
      if (b === country) return 1;
      return collator.compare(placeName(a), placeName(b));
    });
    for (const code of codes) {
      groups.push({ key: `${kind}-${code || 'global'}`, kind, country: code, entries: verifiedFirst(byCountry.get(code)!) });
    }
  }
  return groups;
}
