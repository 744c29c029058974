import type { CompiledEntry } from '../data/entry';
import { reaches } from '../places/eu-members';
import { byTrust } from './confidence';
import { isListedByCountry } from './kinds';

/** What the first screen shows for one country, in the order she needs it. */
export interface CountryHelp {
  /** Its emergency numbers, for immediate danger. */
  emergency: CompiledEntry | undefined;
  /** Its own helplines and services: the deployment's own first, then verified before doubtful. */
  own: CompiledEntry[];
  /** Lines for several countries or the EU that also reach it. */
  reaching: CompiledEntry[];
  /** Lines for anyone anywhere (no country), with a way to contact them. */
  anywhere: CompiledEntry[];
}

/** Sorts a fresh list in place by the one listing rule. */
const sortedByTrust = (list: CompiledEntry[]) => list.sort(byTrust);

/**
 * Sorts her country's help. Another country's national line is never in it: only lines whose
 * countries include hers, EU-wide ones for an EU member, and lines for anywhere.
 */
export function helpFor(entries: readonly CompiledEntry[], country: string): CountryHelp {
  const lines = entries.filter((entry) => isListedByCountry(entry.kind) && entry.kind !== 'emergency');
  return {
    emergency: entries.find((entry) => entry.kind === 'emergency' && entry.countries.includes(country)),
    own: sortedByTrust(lines.filter((entry) => entry.countries.length === 1 && entry.countries[0] === country)),
    reaching: sortedByTrust(
      lines.filter(
        (entry) =>
          !(entry.countries.length === 1 && entry.countries[0] === country) &&
          entry.countries.some((code) => reaches(code, country)),
      ),
    ),
    anywhere: sortedByTrust(lines.filter((entry) => entry.countries.length === 0 && entry.contacts.length > 0)),
  };
}
