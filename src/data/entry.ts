/**
 * The shape of one directory entry, shared by the build (which validates and compiles
 * `resources/`) and the app (which stores and shows entries). Pure types and constants:
 * nothing here touches the DOM, IndexedDB or the network.
 */

/** Text in several languages: a map from BCP 47 language tag to text. English is required. */
export type LocalizedText = { en: string } & Record<string, string>;

/**
 * Kinds of entry, in the order the directory lists them. `emergency`: a country's police,
 * ambulance and fire numbers, one entry per country, for immediate danger, shown first.
 */
export const ENTRY_KINDS = ['emergency', 'helpline', 'service', 'programme', 'publication', 'tip'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const TOPICS = [
  'trafficking',
  'labour-exploitation',
  'sexual-exploitation',
  'online-recruitment',
  'online-safety',
  'migration',
  'domestic-violence',
  'violence-against-women',
  'legal-aid',
  'shelter',
  'health',
  'children',
  'emergency',
  'law-enforcement',
  'research',
  'policy',
] as const;
export type Topic = (typeof TOPICS)[number];

export const AUDIENCES = [
  'survivors',
  'women-and-girls',
  'children',
  'migrants',
  'workers',
  'witnesses',
  'professionals',
  'everyone',
] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * The situations tips are organised by, in the order the tips screen lists them: what she is
 * facing, in her words, rather than the tip's subject.
 */
export const SITUATIONS = [
  'job-offer',
  'online-contact',
  'phone-accounts',
  'covering-tracks',
  'money-documents',
  'after-escape',
  'helping-others',
] as const;
export type Situation = (typeof SITUATIONS)[number];

export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/**
 * Who answers a line. Fear of police and immigration decides whether a migrant calls, so every
 * helpline says plainly whether it is run by an NGO, a government service, the police (or a
 * prosecutor), a UN or international organisation, or that the source does not say.
 */
export const OPERATOR_TYPES = ['ngo', 'government', 'police', 'international', 'unknown'] as const;
export type OperatorType = (typeof OPERATOR_TYPES)[number];

/**
 * What a source states about a line. A flag is set only where a source says so: never by guess.
 * `not-immigration`: the source says the line is not an immigration agency or does not share
 * callers' details with immigration authorities. `reports-to-police`: the source says what a
 * caller reports goes to, or may be passed to, the police.
 */
export const OPERATOR_FLAGS = ['confidential', 'anonymous', 'not-immigration', 'reports-to-police'] as const;
export type OperatorFlag = (typeof OPERATOR_FLAGS)[number];

/**
 * The services an emergency number reaches. An emergency contact names its service instead of
 * carrying a label: the interface says it in every language (catalogue keys `service.*`), so the
 * 230 countries' entries need no translations of their own.
 */
export const EMERGENCY_SERVICES = [
  'all',
  'police',
  'ambulance',
  'fire',
  'police-ambulance',
  'police-fire',
  'ambulance-fire',
] as const;
export type EmergencyService = (typeof EMERGENCY_SERVICES)[number];

/** Contacts reached by a number: a call, a text, a WhatsApp message, a text phone. */
export const PHONE_CONTACT_TYPES = ['phone', 'sms', 'whatsapp', 'tty'] as const;
/** Contacts reached by an https address: a web page or a chat. */
export const LINK_CONTACT_TYPES = ['web', 'chat'] as const;
export const CONTACT_TYPES = [...PHONE_CONTACT_TYPES, ...LINK_CONTACT_TYPES, 'email'] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];

/**
 * One way to reach a service. Numbers keep the form the operator publishes (`number`); the build
 * derives the dialable `href`. `short` marks national short codes (112, 116 016, 1343) that
 * the numbering-plan library cannot validate as full numbers; on emergency entries only, they
 * may have two digits (France's 17).
 */
export interface PhoneContact {
  type: (typeof PHONE_CONTACT_TYPES)[number];
  number: string;
  /** Country whose numbering plan the number follows, when it differs from the entry's. */
  country?: string;
  short?: boolean;
  /** On an emergency entry: which service the number reaches, shown in the reader's language (instead of `label`). */
  service?: EmergencyService;
  label?: LocalizedText;
  note?: LocalizedText;
}

export interface LinkContact {
  type: (typeof LINK_CONTACT_TYPES)[number];
  url: string;
  label?: LocalizedText;
  note?: LocalizedText;
}

export interface EmailContact {
  type: 'email';
  address: string;
  label?: LocalizedText;
  note?: LocalizedText;
}

export type Contact = PhoneContact | LinkContact | EmailContact;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Opening hours: round the clock, or weekly times in an IANA time zone. `note` keeps what the source said. */
export type Hours =
  | { always: true; note?: LocalizedText }
  | {
      timeZone: string;
      weekly: { days: Weekday[]; open: string; close: string }[];
      note?: LocalizedText;
    }
  | { note: LocalizedText };

/** An entry as written in `resources/`. */
export interface Entry {
  id: string;
  kind: EntryKind;
  name: LocalizedText;
  summary: LocalizedText;
  organisations?: string[];
  /** ISO 3166-1 alpha-2 codes, or `EU` for EU-wide numbers. Empty for global entries. */
  countries: string[];
  region?: LocalizedText;
  topics: Topic[];
  audiences?: Audience[];
  /** Languages the service answers in, as BCP 47 tags. */
  languages?: string[];
  languagesNote?: LocalizedText;
  contacts: Contact[];
  hours?: Hours;
  /** Free of charge to contact; left out when the source does not say. */
  free?: boolean;
  /** Who answers: required for helplines. */
  operator?: OperatorType;
  /** What a source states about the line (confidential, anonymous, ...). */
  flags?: OperatorFlag[];
  /** Things a caller should know ("a police line", "not an immigration agency"). */
  notes?: LocalizedText[];
  /** For tips: what the tip is about, e.g. "social media". */
  category?: LocalizedText;
  /** For tips: the situations it helps with, the first its home on the tips screen. */
  situations?: Situation[];
  /** Official address of a programme or publication. */
  url?: string;
  source: string;
  additionalSources?: string[];
  /** ISO date the fact was read from its source. */
  checked: string;
  /** Date shown on the source, as precisely as it shows it: YYYY, YYYY-MM or YYYY-MM-DD. */
  published?: string;
  confidence?: Confidence;
  confidenceNote?: LocalizedText;
  /**
   * Where sources disagree or a line may have stopped, as the facts reports record it ("two
   * printings of the number: …"). Shown with a caution, never resolved by guessing.
   */
  conflicts?: LocalizedText[];
}

/** A contact as shipped to the app: the build adds the link a tap opens. */
export type CompiledContact = Contact & { href: string };

/** An entry as shipped to the app. */
export type CompiledEntry = Omit<Entry, 'contacts'> & {
  contacts: CompiledContact[];
  /** From the deployment's own `resources/local/`: listed first for its country. */
  local?: true;
};

/** The whole directory as one file. `version` is a content hash of the entries. */
export interface Dataset {
  version: string;
  generated: string;
  entries: CompiledEntry[];
}
