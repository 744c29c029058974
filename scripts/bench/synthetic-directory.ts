/**
 * A seeded, realistic synthetic directory for the search bench: not copies of the real entries.
 * Names and organisations are made of invented proper names and real name words ("Marovika
 * Women's Helpline", "Fundación Teluma"); summaries are 20–40 words drawn from the real
 * directory's own vocabulary with a long tail (Zipf); about 20% of entries also carry Spanish,
 * French, Arabic or Thai text; numbers are in each country's national format (libphonenumber's
 * example numbers with other digits). The same seed gives the same directory and the same queries.
 */
import { getExampleNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import {
  TOPICS,
  type CompiledEntry,
  type Confidence,
  type EntryKind,
  type OperatorType,
  type Topic,
} from '../../src/data/entry.ts';
import { th } from '../../src/i18n/messages/th.ts';
import { pickFrom, seededRandom } from './seeded-random.ts';

type Random = () => number;

/** Words by frequency, drawn with Zipf's law: a few very common, a long tail of rare ones. */
function zipf(words: readonly string[], exponent = 1.05) {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 0; rank < words.length; rank++) {
    total += 1 / (rank + 1) ** exponent;
    cumulative.push(total);
  }
  return (random: Random) => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return words[low]!;
  };
}

/** The words of some texts, most frequent first (ties in alphabetical order, so the order is stable). */
function vocabulary(texts: readonly string[], split: (text: string) => string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of split(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}

const latinWords = (text: string) => text.split(/[^\p{L}\p{M}'’-]+/u).filter((word) => word.length > 1);
const thaiSegmenter = new Intl.Segmenter('th', { granularity: 'word' });
const thaiWords = (text: string) =>
  [...thaiSegmenter.segment(text)].filter((part) => part.isWordLike).map((part) => part.segment);

// Syllables of invented names, from several languages' sound patterns: names as varied as real
// organisations' (Marasata, Comensha, Kvinnofrid, Khabar Garaun), not a dense grid of near twins.
const SYLLABLES = (
  'ka ri mo na se lu ta vi do ne sa ko mi ra be tu la zo pe ni ha ge yo fa ma ru di so ve li no ba ' +
  'tra bri klo sta gre pla dru fen mar tos vin kel dor bas hun lim zar pol kav nus rik sol ven ' +
  'sha chi tho kwa mbe ndi dza tse ghu pha nyo wae qui xan joh ulf eir ost ard ing aku oba ema'
).split(' ');
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'k', 'm', 'sh', 'th', 'nd', 'a', 'o'];
const KINDS: readonly EntryKind[] = [
  ...Array(14).fill('helpline'),
  'service',
  'service',
  'programme',
  'publication',
  'tip',
  'tip',
];
const CONFIDENCES: readonly (Confidence | undefined)[] = [undefined, undefined, 'high', 'high', 'medium', 'medium', 'low'];
const OPERATORS: readonly OperatorType[] = ['ngo', 'ngo', 'government', 'government', 'police', 'international', 'unknown'];
const NAME_WORDS = {
  en: [
    'Helpline',
    'Hotline',
    'Line',
    'Support Centre',
    'Crisis Line',
    'Women’s Helpline',
    'Anti-Trafficking Hotline',
    'Child Helpline',
    'Migrant Workers Line',
    'Victim Support',
    'Safe House',
    'Legal Aid Line',
  ],
  org: ['Foundation', 'Association', 'Centre', 'Network', 'Trust', 'Alliance', 'Institute', 'Society'],
  orgBefore: [
    'Ministry of Social Affairs',
    'National Council for Women',
    'Department of Labour',
    'Office of the Prosecutor',
    'Police Service',
    'Commission on Human Rights',
  ],
  es: ['Línea de ayuda', 'Línea contra la trata', 'Fundación', 'Asociación', 'Centro de atención a la mujer'],
  fr: ['Ligne d’écoute', 'Numéro vert', 'Fondation', 'Association', 'Centre d’accueil'],
  ar: ['خط المساعدة', 'الخط الساخن', 'مؤسسة', 'جمعية', 'مركز دعم الضحايا'],
  th: ['สายด่วน', 'ศูนย์ช่วยเหลือ', 'มูลนิธิ', 'สมาคม', 'ศูนย์พักพิง'],
};
const LANGUAGES = ['es', 'fr', 'ar', 'th'] as const;

export interface SyntheticDirectory {
  entries: CompiledEntry[];
  /** Queries with a typo in an entry's own name or organisation, and the entry each must find. */
  typoQueries: { query: string; expect: string }[];
  /** Queries as typed: the typo queries, keystroke prefixes, numbers, topics, places, other scripts. */
  queries: string[];
}

/** A typo a person makes: a letter dropped, doubled, swapped with the next or replaced by its neighbour on the keyboard. */
function withTypo(random: Random, word: string): string {
  const at = 1 + Math.floor(random() * (word.length - 2));
  const kind = Math.floor(random() * 4);
  if (kind === 0) return word.slice(0, at) + word.slice(at + 1);
  if (kind === 1) return word.slice(0, at) + word[at] + word.slice(at);
  if (kind === 2) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  const neighbours: Record<string, string> = {
    a: 's',
    e: 'r',
    i: 'o',
    o: 'p',
    u: 'y',
    n: 'm',
    r: 't',
    s: 'd',
    t: 'y',
    l: 'k',
    k: 'j',
    m: 'n',
  };
  return word.slice(0, at) + (neighbours[word[at]!] ?? 'e') + word.slice(at + 1);
}

/**
 * `size` entries and the bench's queries. `real` is the real directory: its summaries and names
 * give the vocabulary (and only that: no entry is copied).
 */
export function syntheticDirectory(size: number, real: readonly CompiledEntry[], seed = 9): SyntheticDirectory {
  const random = seededRandom(seed);
  const texts = (language: string) =>
    real.flatMap((entry) => [entry.summary[language], entry.name[language]].filter((text): text is string => !!text));
  const draw = {
    en: zipf(vocabulary(texts('en'), latinWords)),
    es: zipf(vocabulary(texts('es'), latinWords)),
    fr: zipf(vocabulary(texts('fr'), latinWords)),
    ar: zipf(vocabulary(texts('ar'), latinWords)),
    th: zipf(vocabulary(Object.values(th), thaiWords)),
  };
  const countries = Object.keys(examples).filter((code) => /^[A-Z]{2}$/.test(code) && code !== 'EU');
  const usedNames = new Set<string>();
  const properName = () => {
    for (;;) {
      const syllables = 2 + Math.floor(random() * 2.5);
      let name = '';
      for (let i = 0; i < syllables; i++) name += pickFrom(SYLLABLES, random);
      name += pickFrom(CODAS, random);
      if (!usedNames.has(name)) {
        usedNames.add(name);
        return name[0]!.toUpperCase() + name.slice(1);
      }
    }
  };
  const sentence = (language: keyof typeof draw, words: number) => {
    const out: string[] = [];
    for (let i = 0; i < words; i++) out.push(draw[language](random));
    return `${out.join(language === 'th' ? '' : ' ')}.`;
  };
  const phone = (country: string) => {
    const example = getExampleNumber(country as CountryCode, examples);
    if (!example) return null;
    const national = String(example.nationalNumber);
    const keep = Math.max(2, national.length - 5);
    let digits = national.slice(0, keep);
    while (digits.length < national.length) digits += Math.floor(random() * 10);
    const parsed = parsePhoneNumberFromString(`+${example.countryCallingCode}${digits}`);
    return parsed ? { number: parsed.formatNational(), href: `tel:${parsed.number}` } : null;
  };

  const entries: CompiledEntry[] = [];
  /** Each entry's invented names that its name or organisation holds: what the typo queries misspell. */
  const ownNames: string[][] = [];
  for (let i = 0; i < size; i++) {
    const kind = pickFrom(KINDS, random);
    const roll = random();
    const countryList = roll < 0.05 || kind === 'tip' ? [] : roll < 0.07 ? ['EU'] : [pickFrom(countries, random)];
    const proper = properName();
    const place = properName();
    const nameEn =
      random() < 0.5
        ? `${proper} ${pickFrom(NAME_WORDS.en, random)}`
        : `${pickFrom(NAME_WORDS.en, random)} ${place}${random() < 0.3 ? ` ${Math.floor(100 + random() * 9900)}` : ''}`;
    const organisations =
      random() < 0.6
        ? [`${proper} ${pickFrom(NAME_WORDS.org, random)}`]
        : [`${pickFrom(NAME_WORDS.orgBefore, random)} of ${place}`];
    const topics = [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pickFrom(TOPICS, random)))] as Topic[];
    const contacts: CompiledEntry['contacts'] = [];
    const country = countryList[0];
    if (country && country !== 'EU' && kind !== 'programme' && kind !== 'publication') {
      const count = 1 + Math.floor(random() * 2);
      for (let c = 0; c < count; c++) {
        if (random() < 0.15) {
          const short = String(Math.floor(100 + random() * 19900));
          contacts.push({ type: 'phone', number: short, short: true, href: `tel:${short}` });
        } else {
          const number = phone(country);
          if (number) contacts.push({ type: 'phone', ...number });
        }
      }
    }
    contacts.push({ type: 'web', url: `https://example.org/${i}`, href: `https://example.org/${i}` });
    const entry: CompiledEntry = {
      id: `synthetic-${i}`,
      kind,
      name: { en: nameEn },
      summary: { en: sentence('en', 20 + Math.floor(random() * 21)) },
      organisations,
      countries: countryList,
      topics,
      contacts,
      source: `https://example.org/${i}/source`,
      checked: '2026-11-01',
      ...(kind === 'helpline' || kind === 'service' ? { operator: pickFrom(OPERATORS, random) } : {}),
    };
    const confidence = pickFrom(CONFIDENCES, random);
    if (confidence) entry.confidence = confidence;
    if (random() < 0.2) {
      const language = pickFrom(LANGUAGES, random);
      entry.name[language] = `${pickFrom(NAME_WORDS[language], random)} ${proper}`;
      entry.summary[language] = sentence(language, 20 + Math.floor(random() * 21));
    }
    entries.push(entry);
    ownNames.push([proper, place].filter((name) => [nameEn, ...organisations].some((text) => text.includes(name))));
  }

  const typoQueries: SyntheticDirectory['typoQueries'] = [];
  while (typoQueries.length < 40) {
    const i = Math.floor(random() * size);
    const entry = entries[i]!;
    const own = pickFrom(ownNames[i]!, random).toLowerCase();
    // Her own name for the line, misspelt, sometimes with another word of its name.
    const other = entry.name.en.split(' ').filter((word) => word.toLowerCase() !== own && /^\p{L}{4,}$/u.test(word));
    const typed = withTypo(random, own);
    const query = random() < 0.5 && other.length > 0 ? `${typed} ${pickFrom(other, random).toLowerCase()}` : typed;
    typoQueries.push({ query, expect: entry.id });
  }
  const sample = (count: number) => Array.from({ length: count }, () => entries[Math.floor(random() * size)]!);
  const numbers = sample(30)
    .flatMap((entry) => entry.contacts.flatMap((contact) => ('number' in contact ? [contact.number] : [])))
    .slice(0, 6);
  const queries = [
    ...typoQueries.map((typo) => typo.query),
    ...['t', 'tr', 'tra', 'traf', 'traff', 'traffic', 'trafficking', 'h', 'he', 'hel', 'help', 'helpl', 'helpline'],
    ...numbers,
    ...numbers.map((number) => number.replace(/\D/g, '').slice(0, 4)),
    'domestic violence',
    'violence against women',
    'legal help',
    'forced labour',
    'trafficking hotline',
    'child helpline',
    'migrant workers',
    'shelter for women',
    'trafico de personas',
    'traite des etres humains',
    'الاتجار بالبشر',
    'ค้ามนุษย์',
    draw.th(random),
    draw.ar(random),
    draw.es(random),
    'helpline kenya',
    'philippines',
    'violence mexico',
  ];
  return { entries, typoQueries, queries };
}
