/**
 * Which directory entries are UN programmes: those the partner area links. An entry of kind
 * `programme` run by, or with, a UN body, as its `organisations` name it. The names are the UN's
 * own bodies and their usual short forms; an NGO programme a UN fund pays for (Raksha Nepal)
 * names only itself and is not listed as the UN's.
 */
import type { Entry } from '../data/entry';

const UN_BODY =
  /\b(United Nations|UN (Women|General Assembly|Secretary-General|agencies)|UNODC|UNICEF|UNHCR|UNFPA|UNDP|OHCHR|IOM|ILO|CEDAW)\b/;

export function isUnProgramme(entry: Pick<Entry, 'kind' | 'organisations'>): boolean {
  return entry.kind === 'programme' && (entry.organisations ?? []).some((name) => UN_BODY.test(name));
}
