/**
 * What the search is built from and what it stores: each entry's fields as words (the
 * vocabulary and posting lists of word-index.ts), the facts the ranking reads, the phrases that
 * name an entry exactly, and the place names the country finder reads. Built once per dataset
 * and language; `serializeData` and `deserializeData` store and load it (see index-format.ts).
 */
import { ENTRY_KINDS, SITUATIONS, TOPICS, type CompiledEntry, type LocalizedText } from '../data/entry';
import { placeNames, type NameKind, type PlaceName } from '../places/country-finder';
import { dialledDigits, isPhoneContact } from '../rules/contacts';
import { SITUATION_WORDS, TOPIC_WORDS } from './all-topic-words';
import { countriesOf, entryFacts, type EntryFacts } from './entry-facts';
import { IndexFormatError, packIndex, unpackIndex } from './index-format';
import { foldText, phraseForm, tokenize, type TextTokens } from './text';
import { createWordIndexBuilder, wordMasks, wordStarts, type WordIndex } from './word-index';

/**
 * Words the search needs that depend on the reader's language, as plain data (so it can be posted
 * to a worker): names of places, topics and kinds in her language.
 */
export interface SearchVocabulary {
  /** Language tag of the reader. */
  language: string;
  /** Place names by ISO 3166-1 code (and `EU`). */
  countryNames: Readonly<Record<string, string>>;
  topicLabels: Readonly<Record<string, string>>;
  kindLabels: Readonly<Record<string, string>>;
  /** Languages in which a place may be typed (each country's own is added): see places/country-finder. */
  placeLanguages: readonly string[];
  /** Each topic's words in every shipped language (see topic-words): found whatever the interface language. */
  topicWords?: Readonly<Record<string, readonly string[]>>;
  /** Each situation's words in every shipped language ("passport", "estafa"), unless the caller gives its own. */
  situationWords?: Readonly<Record<string, readonly string[]>>;
}

/**
 * Fuse's keys and weights, one field each; acronyms are the initials of names (see acronymsOf).
 * The summary stays last: a word's postings come field by field, and the summary's can then be
 * left out as one range (see word-index fieldEnd).
 */
export const FIELDS = [
  { name: 'name', weight: 3 },
  { name: 'acronyms', weight: 3 },
  { name: 'organisations', weight: 2 },
  { name: 'places', weight: 2 },
  { name: 'tags', weight: 1.5 },
  { name: 'numbers', weight: 1.5 },
  { name: 'summary', weight: 1 },
] as const;
export const K = FIELDS.length;
/** The position of a field in FIELDS (and in each entry's postings). */
export const fieldAt = (name: (typeof FIELDS)[number]['name']) => FIELDS.findIndex((field) => field.name === name);
const PLACES = fieldAt('places');
const TAGS = fieldAt('tags');
const NUMBERS = fieldAt('numbers');
const CAPITALS = /(?<!\p{L})\p{Lu}{2,10}(?!\p{L})/gu;
// Fuse normalises the keys' weights to sum to 1.
const TOTAL_WEIGHT = FIELDS.reduce((sum, field) => sum + field.weight, 0);
export const WEIGHTS = Float64Array.from(FIELDS, (field) => field.weight / TOTAL_WEIGHT);

/** Every text of a localized field: a reader may type an entry's name in its own language. */
function allTexts(text: LocalizedText | undefined): string[] {
  return text ? Object.values(text) : [];
}

function textIn(text: LocalizedText | undefined, language: string): string[] {
  if (!text) return [];
  return language !== 'en' && text[language] ? [text[language], text.en] : [text.en];
}

/** The parts of a name a reader may type whole: "Line 144 – support … / Línea 144 – …" has four. */
function nameParts(name: string): string[] {
  return [name, ...name.split(/\s+[/–—-]\s+|[():;]/)].map(phraseForm).filter((part) => part.length >= 2);
}

/**
 * Initials of a name of three or more capitalised words ("National Human Trafficking Hotline" is
 * "nhth"): acronyms people type that the name does not spell out.
 */
function acronymsOf(names: readonly string[]): string[] {
  const found: string[] = [];
  for (const name of names) {
    for (const part of name.split(/[/–—()]/)) {
      const capitalised = part.split(/[\s\-‐]+/).filter((word) => /^\p{Lu}/u.test(word));
      if (capitalised.length >= 3) found.push(foldText(capitalised.map((word) => word[0]).join('')));
    }
  }
  return found;
}

type FieldName = (typeof FIELDS)[number]['name'];

/** The texts of each field of an entry, and the digits its numbers are dialled with. */
function fieldTexts(entry: CompiledEntry, words: SearchVocabulary): { texts: Record<FieldName, string[]>; dialled: string[] } {
  const phones = entry.contacts.flatMap((contact) => (isPhoneContact(contact) ? [contact] : []));
  const names = allTexts(entry.name);
  return {
    texts: {
      name: names,
      acronyms: acronymsOf([...names, ...(entry.organisations ?? [])]),
      organisations: entry.organisations ?? [],
      places: [...entry.countries.flatMap((code) => [code, words.countryNames[code] ?? code]), ...allTexts(entry.region)],
      // With the words of its kind and topics, which are shared (see groupTexts).
      tags: allTexts(entry.category),
      numbers: phones.map((contact) => contact.number),
      summary: [...textIn(entry.summary, words.language), ...(entry.notes ?? []).flatMap((note) => textIn(note, words.language))],
    },
    dialled: phones.map((contact) => dialledDigits(contact.href)),
  };
}

/** The first group of situations: groups are kinds, then topics, then situations. */
export const SITUATION_GROUP = ENTRY_KINDS.length + TOPICS.length;

/**
 * Other words people type for a kind, whatever the interface language: "hotline", "help line" or
 * "phone line" find helplines as "helpline" does. Kept to words that mean the kind itself.
 */
const KIND_WORDS: Readonly<Record<(typeof ENTRY_KINDS)[number], readonly string[]>> = {
  emergency: ['emergency numbers'],
  helpline: ['helpline', 'hotline', 'help line', 'phone line', 'helplines', 'hotlines'],
  service: ['service'],
  programme: ['programme', 'program'],
  publication: ['publication'],
  tip: ['tip', 'tips'],
};

/**
 * The texts entries share through their kind, topics and situations, by group: a kind's name, a
 * topic's name in her language, its id ("labour exploitation"), and its words in every language;
 * a situation's words in every language (only tips have situations).
 * Group `g` is ENTRY_KINDS[g], then TOPICS[g - ENTRY_KINDS.length], then SITUATIONS[g - SITUATION_GROUP].
 */
function groupTexts(words: SearchVocabulary): string[][] {
  return [
    ...ENTRY_KINDS.map((kind) => [words.kindLabels[kind] ?? kind, ...KIND_WORDS[kind]]),
    ...TOPICS.map((topic) => [
      words.topicLabels[topic] ?? topic,
      topic.replaceAll('-', ' '),
      // Every shipped language's words, unless the caller gives its own.
      ...((words.topicWords ?? TOPIC_WORDS)[topic] ?? []),
    ]),
    // Only the chosen words of each situation: its heading ("Your phone and accounts") has words
    // like "phone" or "your" that would make every question about a phone one for tips.
    ...SITUATIONS.map((situation) => [...((words.situationWords ?? SITUATION_WORDS)[situation] ?? [])]),
  ];
}

function groupsOf(entry: CompiledEntry): number[] {
  return [
    ENTRY_KINDS.indexOf(entry.kind),
    ...entry.topics.map((topic) => ENTRY_KINDS.length + TOPICS.indexOf(topic)),
    ...(entry.situations ?? []).map((situation) => SITUATION_GROUP + SITUATIONS.indexOf(situation)),
  ];
}

/** What is built from the entries, and what a stored index holds. */
export interface SearchData {
  index: WordIndex;
  facts: EntryFacts;
  /** Names, name parts, organisations and acronyms as phrases, sorted, with the entries they belong to. */
  exact: { phrases: string[]; entries: Uint32Array; start: Uint32Array };
  places: PlaceName[];
  /**
   * Each situation's phrases ("fake job", "passport", "otra persona") as folded words, with the
   * situation's index in SITUATIONS: a query names a situation when it holds every word of one.
   */
  situationPhrases: { situation: number; words: string[] }[];
}

/** The situations' phrases as the search compares them: folded, split into words, each once. */
function situationPhrasesOf(words: SearchVocabulary): SearchData['situationPhrases'] {
  const found = new Map<string, { situation: number; words: string[] }>();
  SITUATIONS.forEach((situation, index) => {
    for (const phrase of (words.situationWords ?? SITUATION_WORDS)[situation] ?? []) {
      const tokens = [...new Set(tokenize(foldText(phrase)).words)];
      if (tokens.length > 0) found.set(`${index}\t${tokens.join(' ')}`, { situation: index, words: tokens });
    }
  });
  return [...found.values()];
}

export function buildData(entries: readonly CompiledEntry[], words: SearchVocabulary): SearchData {
  const builder = createWordIndexBuilder(K, entries.length, TAGS);
  groupTexts(words).forEach((texts, group) => {
    for (const text of texts) {
      const tokens = tokenize(foldText(text));
      builder.addGroupWords(group, tokens.words, tokens.count);
    }
  });
  const exact = new Map<string, number[]>();
  const addExact = (phrase: string, e: number) => {
    const list = exact.get(phrase);
    if (!list) exact.set(phrase, [e]);
    else if (list[list.length - 1] !== e) list.push(e);
  };
  // Country names and categories repeat from entry to entry: each is split once.
  const repeated = new Map<string, TextTokens>();
  const tokensOf = (text: string, field: number): TextTokens => {
    if (field !== TAGS && field !== PLACES) return tokenize(foldText(text));
    const tokens = repeated.get(text) ?? tokenize(foldText(text));
    repeated.set(text, tokens);
    return tokens;
  };
  entries.forEach((entry, e) => {
    const { texts, dialled } = fieldTexts(entry, words);
    FIELDS.forEach((field, f) => {
      for (const text of texts[field.name]) {
        const tokens = tokensOf(text, f);
        builder.add(e, f, tokens.words, tokens.numbers, tokens.count);
      }
    });
    builder.add(e, NUMBERS, [], dialled, 0);
    for (const group of groupsOf(entry)) builder.join(e, group);
    const named = [...texts.name, ...texts.organisations];
    for (const text of named) for (const part of nameParts(text)) addExact(part, e);
    for (const acronym of texts.acronyms) addExact(acronym, e);
    // Acronyms written in capitals in a name or organisation ("NAPTIP", "IACAT", "АЗНОП").
    for (const text of named) for (const capitals of text.match(CAPITALS) ?? []) addExact(foldText(capitals), e);
  });
  const phrases = [...exact.keys()].sort();
  const start = new Uint32Array(phrases.length + 1);
  const list: number[] = [];
  phrases.forEach((phrase, i) => {
    start[i] = list.length;
    list.push(...exact.get(phrase)!);
  });
  start[phrases.length] = list.length;
  const facts = entryFacts(entries);
  return {
    index: builder.build(),
    facts,
    exact: { phrases, entries: Uint32Array.from(list), start },
    places: placeNames(countriesOf(facts), words.placeLanguages),
    situationPhrases: situationPhrasesOf(words),
  };
}

// ---- Stored form: see index-format.ts. The format name changes whenever the layout or the
// ---- building rules change, so an index stored by an older version is rebuilt, never misread.
// 3: kinds carry their other words ("hotline" for helplines).
const FORMAT = 'waypoint-search-3';
const NAME_KINDS: readonly NameKind[] = ['name', 'alias', 'calling-code', 'demonym', 'iso-code'];

export function serializeData(data: SearchData): ArrayBuffer {
  const { index, facts, exact, places, situationPhrases } = data;
  return packIndex(
    FORMAT,
    { fieldCount: index.fieldCount, entryCount: index.entryCount, groupField: index.groupField },
    {
      words: index.words.join('\n'),
      wordStart: index.wordPostings.start,
      wordItems: index.wordPostings.items,
      numbers: index.numbers.join('\n'),
      numberStart: index.numberPostings.start,
      numberItems: index.numberPostings.items,
      groupStart: index.groupPostings.start,
      groupItems: index.groupPostings.items,
      groupEntryStart: index.groupEntries.start,
      groupEntryItems: index.groupEntries.items,
      norms: index.norms,
      alphabet: index.alphabet,
      codes: index.codes,
      ids: facts.ids.join('\n'),
      kinds: facts.kinds,
      doubts: facts.doubts,
      flags: facts.flags,
      needs: facts.needs,
      countryStart: facts.countryStart,
      countryCodes: facts.countryCodes,
      countryList: facts.codes.join('\n'),
      phrases: exact.phrases.join('\n'),
      phraseStart: exact.start,
      phraseEntries: exact.entries,
      placeFolded: places.map((place) => place.folded).join('\n'),
      situationPhrases: situationPhrases.map((phrase) => `${phrase.situation}\t${phrase.words.join(' ')}`).join('\n'),
      placeCodes: places.map((place) => place.code).join('\n'),
      placeKinds: Uint8Array.from(places, (place) => NAME_KINDS.indexOf(place.kind)),
    },
  );
}

const lines = (text: string) => (text === '' ? [] : text.split('\n'));

export function deserializeData(buffer: ArrayBuffer): SearchData {
  const packed = unpackIndex(buffer, FORMAT);
  const meta = packed.meta as { fieldCount: number; entryCount: number; groupField: number };
  if (meta.fieldCount !== K) throw new IndexFormatError(`Search index has ${meta.fieldCount} fields, expected ${K}`);
  const words = lines(packed.text('words'));
  const codes = packed.array('codes', 'u16');
  const codeStart = wordStarts(words);
  const placeCodes = lines(packed.text('placeCodes'));
  const placeKinds = packed.array('placeKinds', 'u8');
  return {
    index: {
      fieldCount: meta.fieldCount,
      entryCount: meta.entryCount,
      words,
      wordPostings: { start: packed.array('wordStart', 'u32'), items: packed.array('wordItems', 'u32') },
      numbers: lines(packed.text('numbers')),
      numberPostings: { start: packed.array('numberStart', 'u32'), items: packed.array('numberItems', 'u32') },
      groupPostings: { start: packed.array('groupStart', 'u32'), items: packed.array('groupItems', 'u32') },
      groupEntries: { start: packed.array('groupEntryStart', 'u32'), items: packed.array('groupEntryItems', 'u32') },
      groupField: meta.groupField,
      norms: packed.array('norms', 'f32'),
      alphabet: packed.text('alphabet'),
      codes,
      codeStart,
      masks: wordMasks(codes, codeStart),
    },
    facts: {
      ids: lines(packed.text('ids')),
      kinds: packed.array('kinds', 'u8'),
      doubts: packed.array('doubts', 'u8'),
      flags: packed.array('flags', 'u8'),
      needs: packed.array('needs', 'u32'),
      countryStart: packed.array('countryStart', 'u32'),
      countryCodes: packed.array('countryCodes', 'u16'),
      codes: lines(packed.text('countryList')),
    },
    exact: {
      phrases: lines(packed.text('phrases')),
      start: packed.array('phraseStart', 'u32'),
      entries: packed.array('phraseEntries', 'u32'),
    },
    situationPhrases: lines(packed.text('situationPhrases')).map((line) => {
      const [situation, words] = line.split('\t');
      return { situation: Number(situation), words: words!.split(' ') };
    }),
    places: lines(packed.text('placeFolded')).map((folded, i) => ({
      folded,
      code: placeCodes[i]!,
      kind: NAME_KINDS[placeKinds[i]!]!,
    })),
  };
}
