/**
 * What the directory covers, as the build reports it after validation: where a person finds a
 * helpline or service, how many lines there are, and how sure their sources are. Pure: entries
 * in, counts and their printed form out.
 */
import { CONFIDENCE_LEVELS, type Confidence, type Entry } from '../../src/data/entry.ts';
import { EU_MEMBERS } from '../../src/places/eu-members.ts';

/** Helplines and services: the lines a person calls or visits for help beyond an emergency. */
const LINE_KINDS: readonly Entry['kind'][] = ['helpline', 'service'];

export interface DirectoryCoverage {
  /** Countries and territories with at least one helpline or service that reaches them. */
  countries: number;
  helplines: number;
  services: number;
  /** Entries of kind `emergency` (one per country or territory). */
  emergency: number;
  /** Helplines and services by the confidence their entry states. */
  confidence: Record<Confidence | 'not stated', number>;
}

/** Counts the coverage of validated entries. */
export function directoryCoverage(entries: readonly Pick<Entry, 'kind' | 'countries' | 'confidence'>[]): DirectoryCoverage {
  const lines = entries.filter((entry) => LINE_KINDS.includes(entry.kind));
  // An EU-wide line reaches every member state, as the app lists it there.
  const countries = new Set(
    lines.flatMap((entry) => entry.countries.flatMap((code) => (code === 'EU' ? [...EU_MEMBERS] : [code]))),
  );
  const confidence = { high: 0, medium: 0, low: 0, 'not stated': 0 };
  for (const entry of lines) confidence[entry.confidence ?? 'not stated']++;
  return {
    countries: countries.size,
    helplines: lines.filter((entry) => entry.kind === 'helpline').length,
    services: lines.filter((entry) => entry.kind === 'service').length,
    emergency: entries.filter((entry) => entry.kind === 'emergency').length,
    confidence,
  };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The compact block the build prints. */
export function formatCoverage(coverage: DirectoryCoverage): string {
  const byConfidence = [...CONFIDENCE_LEVELS, 'not stated' as const]
    .map((level) => `${coverage.confidence[level]} ${level}`)
    .join(', ');
  return [
    'Directory coverage:',
    `  ${count(coverage.countries, 'country or territory', 'countries and territories')} with a helpline or service (EU-wide lines count for each member state)`,
    `  ${count(coverage.helplines, 'helpline', 'helplines')}, ${count(coverage.services, 'service', 'services')}`,
    `  ${count(coverage.emergency, 'emergency-number entry', 'emergency-number entries')}`,
    `  helplines and services by confidence: ${byConfidence}`,
  ].join('\n');
}
