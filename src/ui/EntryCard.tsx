import type { CompiledEntry, Hours } from '../data/entry';
import { formatWeeklyHours } from '../i18n/format-hours';
import type { Translator } from '../i18n/i18n';
import { isUnverified } from '../rules/confidence';
import { isOldSource, isStale } from '../rules/freshness';
import { EXTERNAL_LINK_PROPS, safeHref } from '../safety/links';
import { ContactList, contactText, displayAddress } from './ContactList';
import { ListenButton } from './listen-part';
import { entryText, pick } from './localized';
import { Marked, type CardMarks } from './Marked';
import { QrCode } from './kiosk-parts';

/** How cards are shown and what they offer: the same for every card on the screen. */
export type EntryDisplay =
  /** A shared screen: contacts large with QR codes, no links, a print button; nothing saved. */
  | { mode: 'kiosk'; onPrint: (entry: CompiledEntry) => void }
  /** Her own device: links, and saving entries on it. */
  | { mode: 'personal'; saved: ReadonlySet<string>; onSavedChange: (id: string, saved: boolean) => void };

interface Props {
  entry: CompiledEntry;
  i18n: Translator;
  /** Today as YYYY-MM-DD, for the stale badge. */
  today: string;
  headingLevel: 2 | 3 | 4 | 5;
  display: EntryDisplay;
  /** Words a search matched, marked in the name and summary. */
  marks?: CardMarks | undefined;
}

/**
 * Opening hours in her language: the source's own words where they are in her language, else the
 * interface's text and Intl's weekday names, so a Spanish or Arabic screen never shows English
 * hours when the app can say them itself.
 */
function hoursText(hours: Hours, i18n: Translator): string {
  const own = hours.note?.[i18n.language];
  if (own) return own;
  if ('always' in hours) return i18n.t('entry.always');
  if ('weekly' in hours) return formatWeeklyHours(hours.weekly, hours.timeZone, i18n.language);
  return pick(hours.note, i18n.language).text;
}

function places(entry: CompiledEntry, i18n: Translator): string {
  if (entry.countries.length === 0) return entry.region ? pick(entry.region, i18n.language).text : i18n.t('place.global');
  return entry.countries.map((code) => i18n.placeName(code)).join(', ');
}

interface SaveToggleProps {
  display: Extract<EntryDisplay, { mode: 'personal' }>;
  id: string;
  headingId: string;
  label: string;
}

/** "Save on this device", pressed when saved. */
function SaveToggle({ display, id, headingId, label }: SaveToggleProps) {
  const saved = display.saved.has(id);
  return (
    <button
      type="button"
      class="toggle"
      aria-pressed={saved}
      aria-describedby={headingId}
      onClick={() => display.onSavedChange(id, !saved)}
    >
      {label}
    </button>
  );
}

/** One directory entry. Everything is rendered as text; links only for safe schemes. */
export function EntryCard({ entry, i18n, today, headingLevel, display, marks }: Props) {
  const { t } = i18n;
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4' | 'h5';
  const name = entryText(entry, 'name', i18n);
  const summary = entryText(entry, 'summary', i18n);
  const languagesNote = entry.languagesNote && pick(entry.languagesNote, i18n.language);
  const official = safeHref(entry.url);
  const source = safeHref(entry.source);
  const unverified = isUnverified(entry.confidence);
  const oldSource = isOldSource(entry.published, today);
  const emergency = entry.kind === 'emergency';
  const headingId = `entry-${entry.id}`;
  const kiosk = display.mode === 'kiosk';
  const canPrint = display.mode === 'kiosk' && entry.contacts.length > 0;
  return (
    <article class={`entry entry--${entry.kind}`} aria-labelledby={headingId}>
      {/* dir="auto": content may be in another script than the interface (English names in an
          Arabic interface); each text then runs in its own direction. */}
      <Heading id={headingId} class="entry__name" lang={name.lang} dir="auto">
        <Marked text={name.text} marks={marks} />
      </Heading>
      {/* Emergency numbers are for immediate danger: the numbers come first. */}
      {emergency && <ContactList contacts={entry.contacts} i18n={i18n} kiosk={kiosk} />}
      <p class="entry__meta">
        <span class="badge">{t(`kind.${entry.kind}`)}</span> <span>{places(entry, i18n)}</span>
        {entry.organisations && entry.organisations.length > 0 && (
          <span class="entry__org">
            {' '}
            · <bdi>{entry.organisations.join(', ')}</bdi>
          </span>
        )}
      </p>
      {entry.operator && entry.kind !== 'emergency' && (
        <ul class="entry__operator">
          <li class={`operator operator--${entry.operator}`}>{t(`operator.${entry.operator}`)}</li>
          {entry.flags?.map((flag) => (
            <li key={flag} class={`flag flag--${flag}`}>
              {t(`flag.${flag}`)}
            </li>
          ))}
        </ul>
      )}
      <p class="entry__summary" lang={summary.lang} dir="auto">
        <Marked text={summary.text} marks={marks} />
      </p>
      <ListenButton
        t={t}
        id={entry.id}
        lang={summary.lang}
        text={[name.text, summary.text, ...entry.contacts.map((contact) => contactText(contact, i18n))].join('. ')}
      />
      {unverified && (
        <p class="entry__warning" role="note">
          <strong>{t('entry.unverified')}</strong>
          {entry.confidenceNote && <> {pick(entry.confidenceNote, i18n.language).text}</>}
        </p>
      )}
      {oldSource && (
        <p class="entry__warning entry__warning--old" role="note">
          {t('entry.oldSource', { year: entry.published!.slice(0, 4) })}
        </p>
      )}
      {entry.conflicts && entry.conflicts.length > 0 && (
        <div class="entry__conflicts" role="note">
          <p>
            <strong>{t('entry.conflicts')}</strong>
          </p>
          <ul>
            {entry.conflicts.map((conflict, i) => {
              const text = pick(conflict, i18n.language);
              return (
                <li key={i} lang={text.lang} dir="auto">
                  {text.text}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {!emergency && <ContactList contacts={entry.contacts} i18n={i18n} kiosk={kiosk} firstMessageFor={entry.id} />}
      {(entry.hours || entry.free || entry.languagesNote || entry.languages || entry.notes) && (
        <ul class="entry__facts">
          {entry.free && <li>{t('entry.free')}</li>}
          {entry.hours && (
            <li>
              {t('entry.hours')}: {hoursText(entry.hours, i18n)}
            </li>
          )}
          {(entry.languagesNote || entry.languages) && (
            <li>
              {t('entry.languages')}:{' '}
              {languagesNote ? (
                // Isolated: an English note in an Arabic line keeps its full stop at its own end.
                <bdi lang={languagesNote.lang}>{languagesNote.text}</bdi>
              ) : (
                entry.languages!.map(i18n.languageName).join(', ')
              )}
            </li>
          )}
          {entry.notes?.map((note, i) => (
            <li key={i} dir="auto">
              {pick(note, i18n.language).text}
            </li>
          ))}
        </ul>
      )}
      {official &&
        (kiosk ? (
          <div class="entry__official entry__official--kiosk">
            <p>
              {t('entry.officialSite')}:{' '}
              <bdi dir="ltr" class="contact__address">
                {displayAddress(official)}
              </bdi>
            </p>
            <QrCode value={official} label={t('qr.label', { value: displayAddress(official) })} />
          </div>
        ) : (
          <p class="entry__official">
            <a href={official} {...EXTERNAL_LINK_PROPS}>
              {t('entry.officialSite')}
              <span class="visually-hidden"> {t('contact.opensNewWindow')}</span>
            </a>
          </p>
        ))}
      {display.mode === 'personal' ? (
        <p class="entry__actions">
          <SaveToggle display={display} id={entry.id} headingId={headingId} label={t('entry.save')} />
        </p>
      ) : (
        canPrint && (
          <p class="entry__actions">
            <button
              type="button"
              class="button button--secondary"
              aria-describedby={headingId}
              onClick={() => display.onPrint(entry)}
            >
              {t('kiosk.print')}
            </button>
          </p>
        )
      )}
      <p class="entry__source">
        {source && kiosk ? (
          <>
            {t('entry.source')}: <bdi dir="ltr">{new URL(source).hostname}</bdi>
          </>
        ) : source ? (
          <a href={source} {...EXTERNAL_LINK_PROPS}>
            {t('entry.source')}
            <span class="visually-hidden"> {t('contact.opensNewWindow')}</span>
          </a>
        ) : (
          t('entry.source')
        )}{' '}
        {entry.published && <>· {t('entry.sourceDated', { date: i18n.formatSourceDate(entry.published) })} </>}·{' '}
        {t('entry.checked', { date: i18n.formatDate(entry.checked) })}
        {isStale(entry.checked, today) && <span class="badge badge--stale"> {t('entry.stale')}</span>}
      </p>
    </article>
  );
}
