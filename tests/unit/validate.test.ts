import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { domainToUnicode, fileURLToPath } from 'node:url';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { ISO_COUNTRY_CODES } from '../../scripts/resources/iso-countries';
import { readEntryFiles, readResourceFiles } from '../../scripts/resources/read-resources';
import {
  LIMITS,
  ResourceValidationError,
  formatIssue,
  validateFile,
  validateResources,
  type ValidationIssue,
} from '../../scripts/resources/validate';
import { unicodeHost } from '../../scripts/resources/validate/hosts';
import { ENTRY_FIELD_NAMES } from '../../src/data/entry-fields';
import { REPO_ROOT } from './support/real-directory';

const TODAY = '2026-11-29';
const options = { today: TODAY };
const GOOD_ROOT = fileURLToPath(new URL('./fixtures/good-resources', import.meta.url));
const BAD_DIR = fileURLToPath(new URL('./fixtures/bad-resources', import.meta.url));

/** A valid entry to vary in tests (the same base as the bad fixtures). */
function entry(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'us-trafficking-hotline',
    kind: 'helpline',
    name: { en: 'National Human Trafficking Hotline' },
    summary: { en: 'Confidential help for victims and survivors of human trafficking.' },
    countries: ['US'],
    topics: ['trafficking'],
    contacts: [{ type: 'phone', number: '1-888-373-7888' }],
    source: 'https://humantraffickinghotline.org/',
    checked: '2026-10-01',
    ...changes,
  };
}

const fileOf = (...entries: unknown[]) => JSON.stringify({ entries });
const errorsOf = (issues: ValidationIssue[]) => issues.filter((issue) => issue.severity === 'error');

describe('good resources', () => {
  it('reads every entry file under resources/directory and resources/local, sorted by path', () => {
    expect(readResourceFiles(GOOD_ROOT).map(({ file }) => file)).toEqual([
      'resources/directory/helplines/helplines.json',
      'resources/local/tips.json',
    ]);
  });

  it('produces no issues and returns every entry', () => {
    const { entries, issues } = validateResources(readResourceFiles(GOOD_ROOT), options);
    expect(issues.map(formatIssue)).toEqual([]);
    expect(entries.map((e) => e.id)).toEqual([
      'us-trafficking-hotline',
      'gb-modern-slavery-helpline',
      'eu-violence-against-women-line',
      'tip-job-offers-online',
    ]);
  });

  it('uses every field an entry may have, so each is shown to be accepted', () => {
    const { entries } = validateResources(readResourceFiles(GOOD_ROOT), options);
    const used = new Set(entries.flatMap((e) => Object.keys(e)));
    expect(ENTRY_FIELD_NAMES.filter((field) => !used.has(field))).toEqual([]);
  });

  it('reads nothing when the resource folders do not exist', () => {
    expect(readResourceFiles(BAD_DIR)).toEqual([]);
  });
});

/** For each bad fixture: the one error it must produce (field path and a fragment of the message). */
const EXPECTED: Record<string, { path: string; message: string; keptEntries?: number }> = {
  // Shape of the file and of each object
  'not-json.json': { path: '', message: 'not valid JSON' },
  'wrong-top-level.json': { path: '', message: 'must be an object { "entries": [...] }, not an array' },
  'missing-entries.json': { path: 'entries', message: 'missing required field "entries"' },
  'unknown-top-level-key.json': { path: 'version', message: 'unknown field "version"', keptEntries: 1 },
  'unknown-field.json': { path: 'entries[0].website', message: 'unknown field "website"' },
  'unknown-field-in-contact.json': { path: 'entries[0].contacts[0].extension', message: 'unknown field "extension"' },
  'unknown-field-in-hours.json': { path: 'entries[0].hours.open', message: 'unknown field "open"' },
  'unknown-field-in-weekly-row.json': { path: 'entries[0].hours.weekly[0].closed', message: 'unknown field "closed"' },
  'unknown-key-in-localized-text.json': {
    path: 'entries[0].name.title',
    message: 'unknown field "title": keys here must be BCP 47 language tags',
  },
  'missing-required.json': { path: 'entries[0].summary', message: 'missing required field "summary"' },
  'wrong-type.json': { path: 'entries[0].free', message: 'must be true or false, not the string "yes"' },
  'wrong-type-countries.json': { path: 'entries[0].countries', message: 'must be an array, not the string "US"' },
  'hours-mixed-shape.json': { path: 'entries[0].hours', message: 'must be exactly one shape' },
  'hours-always-false.json': { path: 'entries[0].hours.always', message: 'must be true' },
  // Ids
  'bad-id.json': { path: 'entries[0].id', message: '"US_Trafficking_Hotline" is not a valid id' },
  'id-too-long.json': { path: 'entries[0].id', message: 'is 81 characters long; at most 80 allowed' },
  'duplicate-id.json': {
    path: 'entries[1].id',
    message: 'duplicate id "us-trafficking-hotline": also used by entries[0]',
    keptEntries: 1,
  },
  // Enumerations
  'unknown-kind.json': { path: 'entries[0].kind', message: 'unknown kind "hotline"' },
  'unknown-topic.json': { path: 'entries[0].topics[1]', message: 'unknown topic "slavery"' },
  'unknown-audience.json': { path: 'entries[0].audiences[0]', message: 'unknown audience "victims"' },
  'unknown-confidence.json': { path: 'entries[0].confidence', message: 'unknown confidence "certain"' },
  'unknown-contact-type.json': { path: 'entries[0].contacts[0].type', message: 'unknown contact type "fax"' },
  'unknown-weekday.json': { path: 'entries[0].hours.weekly[0].days[0]', message: 'unknown weekday "monday"' },
  'unknown-operator.json': { path: 'entries[0].operator', message: 'unknown operator type "charity"' },
  'unknown-flag.json': { path: 'entries[0].flags[1]', message: 'unknown flag "free-to-call"' },
  // Localized text and languages
  'missing-en.json': { path: 'entries[0].name', message: 'missing English text ("en" is required)' },
  'empty-text.json': { path: 'entries[0].summary.en', message: 'must not be empty' },
  'bad-language-tag.json': { path: 'entries[0].languages[0]', message: '"en_US" is not a valid BCP 47 language tag' },
  'non-canonical-language-tag.json': {
    path: 'entries[0].languages[0]',
    message: 'language tag "en-us" should be written "en-US"',
  },
  // Countries
  'unknown-country.json': { path: 'entries[0].countries[0]', message: '"XX" is not an ISO 3166-1 alpha-2 country code' },
  'non-iso-country.json': { path: 'entries[0].countries[0]', message: '"XA" is not an ISO 3166-1 alpha-2 country code' },
  'duplicate-country.json': { path: 'entries[0].countries[1]', message: 'duplicate value "US"' },
  // Links and addresses
  'http-link.json': { path: 'entries[0].source', message: 'must be an https: link, not http:' },
  'javascript-link.json': { path: 'entries[0].contacts[0].url', message: 'must be an https: link, not javascript:' },
  'data-link.json': { path: 'entries[0].url', message: 'must be an https: link, not data:' },
  'relative-link.json': { path: 'entries[0].additionalSources[0]', message: '"/about-us" is not an absolute URL' },
  'link-with-credentials.json': { path: 'entries[0].source', message: 'must not contain a user name or password' },
  'email-with-mailto.json': { path: 'entries[0].contacts[0].address', message: 'write the address without "mailto:"' },
  'bad-email.json': { path: 'entries[0].contacts[0].address', message: 'does not look like an email address' },
  // Phone numbers
  'invalid-phone.json': { path: 'entries[0].contacts[0].number', message: '"123" is not a valid phone number for US' },
  'phone-for-other-country.json': { path: 'entries[0].contacts[0].number', message: 'dials +44, which is not a number for US' },
  'letters-in-number.json': { path: 'entries[0].contacts[0].number', message: '"1-888-373-7TIP" contains letters' },
  'bad-short-code.json': { path: 'entries[0].contacts[0].number', message: '"116 0160" is not a short code: use 3 to 6 digits' },
  'eu-number-without-country.json': {
    path: 'entries[0].contacts[0].number',
    message: 'an EU-wide entry must set the contact\'s "country"',
  },
  'global-number-without-country.json': { path: 'entries[0].contacts[0].number', message: 'needs a country' },
  'whatsapp-short-code.json': {
    path: 'entries[0].contacts[0].short',
    message: 'WhatsApp contact needs a full international number',
  },
  // Hours
  'invalid-time-zone.json': { path: 'entries[0].hours.timeZone', message: '"Mars/Olympus_Mons" is not a valid IANA time zone' },
  'bad-weekly-time.json': {
    path: 'entries[0].hours.weekly[0].close',
    message: '"25:00" is not a time HH:MM between 00:00 and 24:00',
  },
  'empty-weekly-days.json': { path: 'entries[0].hours.weekly[0].days', message: 'must not be empty' },
  // Dates
  'future-checked-date.json': { path: 'entries[0].checked', message: '"2026-12-01" is in the future (today is 2026-11-29)' },
  'future-published-date.json': { path: 'entries[0].published', message: '"2027-01-15" is in the future' },
  'impossible-date.json': { path: 'entries[0].checked', message: '"2026-02-30" is not a real calendar date' },
  'bad-date-format.json': { path: 'entries[0].checked', message: 'must be a date written YYYY-MM-DD' },
  // Text safety and sizes
  'bidi-override.json': { path: 'entries[0].name.en', message: 'bidirectional override or isolate character (U+202E)' },
  'control-character.json': { path: 'entries[0].summary.en', message: 'control character (U+000A)' },
  'absurd-length.json': { path: 'entries[0].name.en', message: 'is 301 characters long; at most 300 allowed' },
  'too-many-items.json': { path: 'entries[0].organisations', message: 'has 51 items; at most 50 allowed' },
  'nested-too-deep.json': {
    path: '',
    message: 'nests arrays and objects 10003 levels deep (level 33 opens at line 6, column 53); at most 32 allowed',
  },
  'line-separator.json': { path: 'entries[0].summary.en', message: 'line or paragraph separator (U+2028)' },
  // Invisible characters and look-alike addresses
  'zero-width-space-in-name.json': {
    path: 'entries[0].name.en',
    message: 'contains an invisible character (U+200B), which can disguise a name',
  },
  'zero-width-joiner-in-latin-name.json': {
    path: 'entries[0].organisations[0]',
    message: 'contains a zero-width joiner (U+200D) that is not inside a word of a script that uses it',
  },
  'invisible-character-in-link.json': {
    path: 'entries[0].source',
    message: '"https://humantrafficking\\u200bhotline.org/" contains an invisible character (U+200B)',
  },
  'mixed-script-host.json': {
    path: 'entries[0].source',
    message: 'has a host name that mixes Latin and Cyrillic letters ("humantrаffickinghotline.org": "а" U+0430 is Cyrillic)',
  },
  // Files the build cannot read as entry files
  'symbolic-link.json': { path: '', message: 'not read: a symbolic link, and the build follows none' },
  'upper-case-extension.JSON': {
    path: '',
    message: 'not read: entry file names must end in ".json" in lower case; rename it "upper-case-extension.json"',
  },
  'not-utf8.json': { path: '', message: 'not valid UTF-8; save the file as UTF-8' },
};

describe('bad resources', () => {
  const fixtures = readdirSync(BAD_DIR).sort();
  // Read as the build reads resources/, so links, names and bytes it refuses are refused here too.
  const corpus = new Map(readEntryFiles(REPO_ROOT, 'tests/unit/fixtures/bad-resources').map((read) => [read.file, read]));

  it('has an expectation for every fixture file and a fixture file for every expectation', () => {
    expect(fixtures).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(fixtures)('%s fails with exactly its one error', (name) => {
    const file = `tests/unit/fixtures/bad-resources/${name}`;
    const { entries, issues } = validateResources([corpus.get(file)!], options);
    const expected = EXPECTED[name]!;
    const errors = errorsOf(issues);
    expect(errors.map(formatIssue)).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file, path: expected.path, severity: 'error' });
    expect(errors[0]!.message).toContain(expected.message);
    expect(entries).toHaveLength(expected.keptEntries ?? 0);
  });
});

describe('two-digit short codes', () => {
  const shortCode = (kind: string, number: string) =>
    errorsOf(
      validateFile('a.json', fileOf(entry({ kind, contacts: [{ type: 'phone', number, short: true }] })), options).issues,
    ).map((issue) => issue.message);

  it("are accepted on emergency entries (France's 17), still at most 6 digits", () => {
    expect(shortCode('emergency', '17')).toEqual([]);
    expect(shortCode('emergency', '1')).toEqual(['"1" is not a short code: use 2 to 6 digits (spaces and hyphens allowed)']);
    expect(shortCode('emergency', '1234567')).toEqual([
      '"1234567" is not a short code: use 2 to 6 digits (spaces and hyphens allowed)',
    ]);
  });

  it('are a data error on any other entry', () => {
    expect(shortCode('helpline', '17')).toEqual([
      '"17" is not a short code: use 3 to 6 digits (spaces and hyphens allowed); two digits only on an entry of kind "emergency"',
    ]);
    expect(shortCode('service', '1 7')).toHaveLength(1);
  });
});

describe('suggestions', () => {
  const messageOf = (changes: Record<string, unknown>) =>
    errorsOf(validateFile('a.json', fileOf(entry(changes)), options).issues).map(formatIssue);

  it('suggests the closest allowed value and still lists them all', () => {
    expect(messageOf({ topics: ['trafiking'] })).toEqual([
      expect.stringMatching(
        /^a\.json: entries\[0\]\.topics\[0\]: unknown topic "trafiking" \(did you mean "trafficking"\?\); expected one of: trafficking, labour-exploitation, /,
      ),
    ]);
    expect(messageOf({ operator: 'NGO' })).toEqual([
      expect.stringContaining('unknown operator type "NGO" (did you mean "ngo"?); expected one of: ngo, government,'),
    ]);
  });

  it('suggests the ISO code for a common mistake or a country name', () => {
    expect(messageOf({ countries: ['UK'] })).toEqual([
      'a.json: entries[0].countries[0]: "UK" is not an ISO 3166-1 alpha-2 country code or "EU" (did you mean "GB", the code for United Kingdom?)',
    ]);
    expect(messageOf({ countries: ['Kenya'], contacts: [] })).toEqual([
      expect.stringContaining(
        '"Kenya" is not an ISO 3166-1 alpha-2 country code or "EU" (did you mean "KE", the code for Kenya?)',
      ),
    ]);
  });
});

describe('JSON syntax errors', () => {
  it('say the line and column, and show the line', () => {
    const { issues } = validateFile('resources/local/x.json', readFileSync(`${BAD_DIR}/not-json.json`, 'utf8'), options);
    expect(issues.map(formatIssue)).toEqual([
      [
        'resources/local/x.json: not valid JSON at line 3, column 39: Expected double-quoted property name (a comma before } is not allowed in JSON)',
        '  3 |     { "id": "us-trafficking-hotline", },',
        '    |                                       ^',
      ].join('\n'),
    ]);
  });
});

describe('cross-file checks', () => {
  it('reports an id used in two files, naming both files, and keeps only the first', () => {
    const { entries, issues } = validateResources(
      [
        { file: 'resources/directory/a.json', text: fileOf(entry()) },
        { file: 'resources/local/b.json', text: fileOf(entry({ id: 'other' }), entry()) },
      ],
      options,
    );
    expect(entries.map((e) => e.id)).toEqual(['us-trafficking-hotline', 'other']);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'resources/local/b.json', path: 'entries[1].id', severity: 'error' });
    expect(issues[0]!.message).toContain('resources/directory/a.json');
    expect(issues[0]!.message).toContain('resources/local/b.json');
  });
});

describe('staleness', () => {
  it('warns (does not fail) when checked is older than a year, saying how old', () => {
    const { entries, issues } = validateFile('a.json', fileOf(entry({ checked: '2025-06-01' })), options);
    expect(entries).toHaveLength(1);
    expect(issues).toEqual([
      expect.objectContaining({
        path: 'entries[0].checked',
        severity: 'warning',
        message: expect.stringContaining('546 days ago'),
      }),
    ]);
    expect(formatIssue(issues[0]!)).toBe(
      'a.json: entries[0].checked: warning: last checked 546 days ago (2025-06-01), more than 365; re-check the source',
    );
  });

  it('allows exactly staleAfterDays, and honours a custom limit', () => {
    expect(validateFile('a.json', fileOf(entry({ checked: '2025-11-29' })), options).issues).toEqual([]);
    expect(validateFile('a.json', fileOf(entry({ checked: '2025-11-28' })), options).issues).toHaveLength(1);
    const custom = validateFile('a.json', fileOf(entry({ checked: '2026-10-01' })), { today: TODAY, staleAfterDays: 30 });
    expect(custom.issues.map((issue) => issue.severity)).toEqual(['warning']);
  });
});

describe('partial results and limits', () => {
  it('drops only the entry with an error; the rest of the file is still returned', () => {
    const text = fileOf(entry({ id: 'good' }), entry({ id: 'bad', kind: 'hotline' }), entry({ id: 'also-good' }));
    const { entries, issues } = validateFile('a.json', text, options);
    expect(entries.map((e) => e.id)).toEqual(['good', 'also-good']);
    expect(issues.map((issue) => issue.path)).toEqual(['entries[1].kind']);
  });

  it('rejects a file over 2 MB without parsing it', () => {
    const text = fileOf(entry({ summary: { en: 'x'.repeat(LIMITS.fileBytes) } }));
    const { entries, issues } = validateFile('big.json', text, options);
    expect(entries).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ path: '', message: expect.stringContaining('(2 MB) allowed') })]);
  });

  it('rejects a file with more than 5000 entries', () => {
    const many = Array.from({ length: LIMITS.entriesPerFile + 1 }, (_, i) => entry({ id: `entry-${i}` }));
    const { entries, issues } = validateFile('many.json', fileOf(...many), options);
    expect(entries).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ path: 'entries', message: expect.stringContaining('at most 5000') })]);
  });

  it.each([
    ['C1 control', '\u0085', 'control character (U+0085)'],
    ['tab', '\t', 'control character (U+0009)'],
    ['isolate', '\u2067', 'bidirectional override or isolate character (U+2067)'],
    ['embedding', '\u202a', 'bidirectional override or isolate character (U+202A)'],
  ])('rejects a %s anywhere, e.g. in a contact label', (_, ch, message) => {
    const contacts = [{ type: 'phone', number: '1-888-373-7888', label: { en: `Call${ch}us` } }];
    const { issues } = validateFile('a.json', fileOf(entry({ contacts })), options);
    expect(issues).toEqual([
      expect.objectContaining({ path: 'entries[0].contacts[0].label.en', message: expect.stringContaining(message) }),
    ]);
  });

  it('allows the plain direction marks U+200E and U+200F', () => {
    const { issues } = validateFile('a.json', fileOf(entry({ name: { en: 'Hotline\u200e', ar: '\u200fخط' } })), options);
    expect(issues).toEqual([]);
  });

  it('escapes hostile characters when quoting a value in a message', () => {
    const { issues } = validateFile('a.json', fileOf(entry({ 'evil\u202efield': 1 })), options);
    const line = issues.map(formatIssue).join('\n');
    expect(line).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(line).toContain('\\u202e');
  });

  it('refuses a malformed options.today rather than guessing', () => {
    expect(() => validateFile('a.json', fileOf(entry()), { today: '29/11/2026' })).toThrow(/options.today/);
  });
});

describe('files as editors save them', () => {
  it('accepts a byte order mark at the start of a file', () => {
    const { entries, issues } = validateFile('a.json', `\uFEFF${fileOf(entry())}`, options);
    expect(issues).toEqual([]);
    expect(entries).toHaveLength(1);
  });

  it('refuses deep nesting before parsing, even when the file is not valid JSON, and counts no bracket inside a string', () => {
    const unclosed = `{"entries": [${'['.repeat(50_000)}`;
    expect(validateFile('a.json', unclosed, options).issues.map(formatIssue)).toEqual([
      'a.json: nests arrays and objects 50002 levels deep (level 33 opens at line 1, column 44); at most 32 allowed',
    ]);
    const brackets = `${'[{'.repeat(40)}`;
    expect(validateFile('a.json', fileOf(entry({ name: { en: brackets } })), options).issues).toEqual([]);
  });
});

describe('files the build cannot read as entry files', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
    root = undefined;
  });

  it('come back refused, so the build reports each (a linked folder, a .Json name) instead of leaving it out', () => {
    root = mkdtempSync(path.join(tmpdir(), 'waypoint-read-'));
    const outside = mkdtempSync(path.join(root, 'outside-'));
    writeFileSync(path.join(outside, 'elsewhere.json'), fileOf(entry({ id: 'from-elsewhere' })));
    mkdirSync(path.join(root, 'resources/directory'), { recursive: true });
    mkdirSync(path.join(root, 'resources/local'), { recursive: true });
    writeFileSync(path.join(root, 'resources/directory/US.json'), fileOf(entry()));
    writeFileSync(path.join(root, 'resources/local/services.Json'), fileOf(entry({ id: 'services' })));
    writeFileSync(path.join(root, 'resources/local/notes.txt'), 'not an entry file');
    symlinkSync(outside, path.join(root, 'resources/local/linked'));
    const files = readResourceFiles(root);
    expect(files.map(({ file, refused }) => [file, refused !== undefined])).toEqual([
      ['resources/directory/US.json', false],
      ['resources/local/linked', true],
      ['resources/local/services.Json', true],
    ]);
    const { entries, issues } = validateResources(files, options);
    expect(entries.map((e) => e.id)).toEqual(['us-trafficking-hotline']);
    expect(issues.map(formatIssue)).toEqual([
      'resources/local/linked: not read: a symbolic link, and the build follows none (so that nothing outside resources/ is read); put the file itself here',
      'resources/local/services.Json: not read: entry file names must end in ".json" in lower case; rename it "services.json"',
    ]);
  });
});

describe('invisible characters and look-alike addresses', () => {
  const messagesOf = (changes: Record<string, unknown>) =>
    errorsOf(validateFile('a.json', fileOf(entry(changes)), options).issues).map(formatIssue);

  it('keeps ZWNJ and ZWJ inside words of scripts that write them (Persian, Hindi)', () => {
    expect(messagesOf({ name: { en: 'Hotline', fa: 'خط\u200cهای کمک', hi: 'सहायता क्\u200dष' } })).toEqual([]);
  });

  it('refuses them at the edge of such a word, between Latin letters, and in any link', () => {
    expect(messagesOf({ name: { en: 'Hotline', fa: '\u200cخط' } })).toEqual([
      expect.stringContaining('a.json: entries[0].name.fa: contains a zero-width non-joiner (U+200C)'),
    ]);
    expect(messagesOf({ source: 'https://humantraffickinghotline.org/\u200c' })).toEqual([
      expect.stringContaining('contains an invisible character (U+200C); type the address again without it'),
    ]);
  });

  it('refuses a word joiner in a name, an invisible character in an e-mail address, separators and marks anywhere', () => {
    expect(messagesOf({ organisations: ['Polaris\u2060Project'] })).toEqual([
      'a.json: entries[0].organisations[0]: contains an invisible character (U+2060), which can disguise a name; remove it',
    ]);
    expect(messagesOf({ contacts: [{ type: 'email', address: 'help@polaris\u200bproject.org' }] })).toEqual([
      expect.stringContaining('contains an invisible character (U+200B)'),
    ]);
    expect(messagesOf({ summary: { en: 'Help.\u2029More help.' } })).toEqual([
      expect.stringContaining('line or paragraph separator (U+2029)'),
    ]);
    expect(messagesOf({ summary: { en: 'Help\ufeff.' } })).toEqual([expect.stringContaining('byte order mark (U+FEFF)')]);
  });

  it('still allows a zero-width space in running text, where Thai marks word breaks with it', () => {
    expect(messagesOf({ summary: { en: 'Help.', th: 'สายด่วน\u200bช่วยเหลือ' } })).toEqual([]);
  });

  it.each([
    [
      'a Latin-looking host written in Cyrillic',
      'https://\u0430\u0440\u0440\u04cf\u0435.com/',
      'mixes Cyrillic and Latin letters',
    ],
    ['a mixed host written as xn--', 'https://xn--pypal-4ve.com/', 'mixes Latin and Cyrillic letters ("pаypal.com"'],
    ['Greek in a Latin host', 'https://g\u03bfv.uk/', 'mixes Latin and Greek letters'],
  ])('refuses %s', (_, url, message) => {
    expect(messagesOf({ source: url })).toEqual([expect.stringContaining(message)]);
  });

  it('refuses a look-alike e-mail domain, or one that is not Punycode (which a link parser refuses on its own)', () => {
    expect(messagesOf({ contacts: [{ type: 'email', address: 'help@p\u0430ypal.com' }] })).toEqual([
      expect.stringContaining('has a domain that mixes Latin and Cyrillic letters'),
    ]);
    expect(messagesOf({ contacts: [{ type: 'email', address: 'help@xn--99999999.org' }] })).toEqual([
      expect.stringContaining('has a domain that is not a valid internationalised name ("xn--99999999.org")'),
    ]);
  });

  it.each([
    ['an accented Latin host', 'https://www.xn--frauenhausmdling-wwb.at/'],
    ['a Cyrillic host on a Cyrillic domain', 'https://\u043c\u0432\u0434.\u0440\u0444/'],
    ['a Japanese host mixing kanji and kana', 'https://\u4f8b\u3048.\u30c6\u30b9\u30c8/'],
  ])('accepts %s', (_, url) => {
    expect(messagesOf({ source: url })).toEqual([]);
  });

  it('decodes Punycode as Node does', () => {
    for (const host of ['xn--frauenhausmdling-wwb.at', 'xn--pypal-4ve.com', 'xn--b1aew.xn--p1ai', 'xn--r8jz45g.xn--zckzah']) {
      expect(unicodeHost(host)).toBe(domainToUnicode(host));
    }
  });
});

describe('reporting', () => {
  const error: ValidationIssue = {
    file: 'resources/directory/helplines/US.json',
    path: 'entries[2].contacts[0].number',
    message: '"123" is not a valid phone number for US',
    severity: 'error',
  };

  it('formats one line per issue: file, path, message', () => {
    expect(formatIssue(error)).toBe(
      'resources/directory/helplines/US.json: entries[2].contacts[0].number: "123" is not a valid phone number for US',
    );
    expect(formatIssue({ ...error, path: '' })).toBe(
      'resources/directory/helplines/US.json: "123" is not a valid phone number for US',
    );
  });

  it('ResourceValidationError keeps only the errors and lists them all in its message', () => {
    const warning: ValidationIssue = { ...error, message: 'last checked 400 days ago', severity: 'warning' };
    const second: ValidationIssue = { ...error, path: 'entries[3].id', message: 'duplicate id "x"' };
    const thrown = new ResourceValidationError([error, warning, second]);
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown.name).toBe('ResourceValidationError');
    expect(thrown.issues).toEqual([error, second]);
    expect(thrown.message).toContain(formatIssue(error));
    expect(thrown.message).toContain(formatIssue(second));
    expect(thrown.message).not.toContain('400 days');
  });

  it('ResourceValidationError prints as the list alone: no stack trace, no issue objects', () => {
    const printed = inspect(new ResourceValidationError([error]));
    expect(printed).toBe(`[ResourceValidationError: 1 error in resources/:\n${formatIssue(error)}\n]`);
  });
});

describe('ISO country list', () => {
  it('has all 249 assigned alpha-2 codes, each one Intl can name, and no user-assigned codes', () => {
    expect(new Set(ISO_COUNTRY_CODES).size).toBe(249);
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const code of ISO_COUNTRY_CODES) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(names.of(code), code).not.toBe(code);
    }
    for (const notIso of ['XK', 'EU', 'UK', 'XX']) expect(ISO_COUNTRY_CODES).not.toContain(notIso);
  });
});

describe('emergency services', () => {
  const errorsFor = (kind: string, contact: Record<string, unknown>) =>
    errorsOf(validateFile('a.json', fileOf(entry({ kind, contacts: [contact] })), options).issues).map(
      (issue) => `${issue.path}: ${issue.message}`,
    );

  it('name what an emergency number reaches', () => {
    expect(errorsFor('emergency', { type: 'phone', number: '112', short: true, service: 'all' })).toEqual([]);
    expect(errorsFor('emergency', { type: 'phone', number: '17', short: true, service: 'police-fire' })).toEqual([]);
  });

  it('are one of the fixed set, with the closest suggested', () => {
    const [error, ...rest] = errorsFor('emergency', { type: 'phone', number: '17', short: true, service: 'polise' });
    expect(rest).toEqual([]);
    expect(error).toContain('entries[0].contacts[0].service');
    expect(error).toContain('"police"');
  });

  it('belong to emergency entries only, never beside a label, and only on numbers', () => {
    expect(errorsFor('helpline', { type: 'phone', number: '1-888-373-7888', service: 'police' })).toEqual([
      'entries[0].contacts[0].service: only contacts of an entry of kind "emergency" name a "service"',
    ]);
    expect(
      errorsFor('emergency', { type: 'phone', number: '112', short: true, service: 'all', label: { en: 'Emergency' } }),
    ).toEqual(['entries[0].contacts[0].label: a contact with a "service" takes its label from the interface: remove "label"']);
    expect(errorsFor('emergency', { type: 'web', url: 'https://example.org/', service: 'all' })).toHaveLength(1);
  });
});
