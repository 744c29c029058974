/**
 * "What do I need now?": six plain answers, and for each the route through the directory for
 * her country: the emergency number, the lines that fit, the tips that fit, and whether the
 * job-offer check is offered. Pure: entries in, entries out; nothing is stored.
 */
import type { CompiledEntry, Situation, Topic } from '../data/entry';
import { reaches } from '../places/eu-members';
import { byTrust } from '../rules/confidence';
import { helpFor } from '../rules/country-help';

import { NEEDS, type Need } from './need-ids';

export { NEEDS, type Need };

interface NeedRule {
  /** Topics of a line (or of a tip without `situations`) that fit the need. */
  topics: readonly Topic[];
  /** Situations of a tip that fit the need. */
  situations: readonly Situation[];
  /**
   * Lines not run by (or reporting to) the police first: a migrant whose papers were taken, who
   * is not paid or who got away may fear the police and immigration more than anyone.
   */
  policeLast: boolean;
  offerJobCheck: boolean;
}

const RULES: Record<Need, NeedRule> = {
  danger: {
    topics: ['trafficking', 'domestic-violence', 'violence-against-women', 'shelter', 'emergency'],
    situations: ['covering-tracks'],
    policeLast: false,
    offerJobCheck: false,
  },
  documents: {
    topics: ['trafficking', 'labour-exploitation', 'migration', 'legal-aid'],
    situations: ['money-documents'],
    policeLast: true,
    offerJobCheck: false,
  },
  unfree: {
    topics: ['trafficking', 'labour-exploitation', 'migration', 'legal-aid'],
    situations: ['money-documents'],
    policeLast: true,
    offerJobCheck: false,
  },
  'job-online': {
    topics: ['trafficking', 'online-recruitment', 'labour-exploitation', 'migration'],
    situations: ['job-offer', 'online-contact'],
    policeLast: false,
    offerJobCheck: true,
  },
  'got-away': {
    topics: ['trafficking', 'shelter', 'health', 'legal-aid', 'violence-against-women', 'domestic-violence', 'migration'],
    situations: ['after-escape'],
    policeLast: true,
    offerJobCheck: false,
  },
  helping: {
    topics: ['trafficking', 'labour-exploitation', 'sexual-exploitation', 'children'],
    situations: ['helping-others'],
    policeLast: false,
    offerJobCheck: false,
  },
};

/**
 * Topics that alone say too little about a tip to file it under a need: every tip is about
 * online safety. Used only while tips carry no `situations` (see tipFits).
 */
const TIP_TOPIC_FALLBACK: Record<Need, readonly Topic[]> = {
  danger: ['emergency'],
  documents: ['migration'],
  unfree: ['labour-exploitation'],
  'job-online': ['online-recruitment'],
  'got-away': ['domestic-violence'],
  helping: [],
};

/** What the screen shows for one answer, in its order. */
export interface Route {
  need: Need;
  /** Her country's emergency numbers: for "in danger now", first and alone at the top. */
  emergency: CompiledEntry | undefined;
  /** Her country's own lines whose topics fit the need. */
  lines: CompiledEntry[];
  /** Her country's other lines: listed after, under their own heading, since they may still help. */
  otherLines: CompiledEntry[];
  /** Lines for several countries or the EU that reach hers and fit, labelled as such. */
  reaching: CompiledEntry[];
  /** Lines for anyone anywhere that fit, labelled as such. */
  anywhere: CompiledEntry[];
  /** Tips for the need's situations. */
  tips: CompiledEntry[];
  /** The lines are ordered with non-police lines first (the screen says so). */
  policeLast: boolean;
  offerJobCheck: boolean;
}

/** A line run by the police, or whose source says reports go to the police. */
export function isPoliceLinked(entry: CompiledEntry): boolean {
  return entry.operator === 'police' || (entry.flags ?? []).includes('reports-to-police');
}

/**
 * The order of a route's lines. The deployment's own first, and a low-confidence line never
 * before a confirmed one (byTrust's rule); then, where the need asks, non-police lines before
 * police ones, even before a police line that is better verified (but never before it when
 * their own confidence is low); then byTrust.
 */
export function routeOrder(policeLast: boolean): (a: CompiledEntry, b: CompiledEntry) => number {
  const isLow = (entry: CompiledEntry) => Number(entry.confidence === 'low');
  return (a, b) =>
    Number(b.local === true) - Number(a.local === true) ||
    isLow(a) - isLow(b) ||
    (policeLast ? Number(isPoliceLinked(a)) - Number(isPoliceLinked(b)) : 0) ||
    byTrust(a, b);
}

const fitsTopics = (entry: CompiledEntry, topics: readonly Topic[]) => entry.topics.some((topic) => topics.includes(topic));

/**
 * A tip fits by its situations; a tip that names none yet (before the tips by situation landed)
 * fits by its topics instead.
 */
function tipFits(tip: CompiledEntry, need: Need): boolean {
  if (tip.situations !== undefined) return tip.situations.some((situation) => RULES[need].situations.includes(situation));
  return fitsTopics(tip, TIP_TOPIC_FALLBACK[need]);
}

/** A tip for everyone, or for her country (a UK-only tip is not hers in Kenya). */
function tipIsForHer(tip: CompiledEntry, country: string): boolean {
  return tip.countries.length === 0 || (country !== '' && tip.countries.some((code) => reaches(code, country)));
}

/** The tips that fit a need, for her country, in the directory's order. */
export function tipsFor(entries: readonly CompiledEntry[], need: Need, country: string): CompiledEntry[] {
  return entries.filter((entry) => entry.kind === 'tip' && tipIsForHer(entry, country) && tipFits(entry, need));
}

/**
 * The route for one answer. `country` is hers (ISO code, or '' when unknown): only lines whose
 * countries include hers (see country-help's helpFor) are listed as hers; with no country, only
 * lines for anywhere and the tips.
 */
export function routeFor(entries: readonly CompiledEntry[], need: Need, country: string): Route {
  const rule = RULES[need];
  const help = helpFor(entries, country);
  const order = routeOrder(rule.policeLast);
  const fitting = (list: readonly CompiledEntry[]) => list.filter((entry) => fitsTopics(entry, rule.topics)).sort(order);
  return {
    need,
    emergency: help.emergency,
    lines: country ? fitting(help.own) : [],
    otherLines: country ? help.own.filter((entry) => !fitsTopics(entry, rule.topics)).sort(order) : [],
    reaching: country ? fitting(help.reaching) : [],
    anywhere: fitting(help.anywhere),
    tips: tipsFor(entries, need, country),
    policeLast: rule.policeLast,
    offerJobCheck: rule.offerJobCheck,
  };
}
