import type { CompiledContact, PhoneContact } from '../data/entry';
import type { Translator } from '../i18n/i18n';
import { isLinkContact } from '../rules/contacts';
import { EXTERNAL_LINK_PROPS, safeHref } from '../safety/links';
import { pick } from './localized';
import { QrCode } from './kiosk-parts';
import { lazyPart } from './lazy-part';

// The first message builder loads on first use, not with the first page.
const FirstMessage = lazyPart(() => import('./FirstMessage').then((module) => module.FirstMessage));

interface Props {
  contacts: CompiledContact[];
  i18n: Translator;
  /** Kiosk: large text and a QR code instead of links (nothing opens on a shared screen). */
  kiosk?: boolean;
  /** The entry's id, when its texts, WhatsApp and chats offer a first message (never on a kiosk). */
  firstMessageFor?: string | undefined;
}

/** What a number reaches: an emergency service in the interface's words, else the entry's own label. */
function phoneLabel(contact: PhoneContact, i18n: Translator): string | undefined {
  if (contact.service) return i18n.t(`service.${contact.service}`);
  return contact.label && pick(contact.label, i18n.language).text;
}

/** "Call 0800 …", "Report online": what a contact is, in the reader's language. */
export function contactText(contact: CompiledContact, i18n: Translator): string {
  const { t } = i18n;
  switch (contact.type) {
    case 'phone':
    case 'sms':
    case 'whatsapp':
    case 'tty': {
      const label = phoneLabel(contact, i18n);
      const shown = label ? `${label} (${contact.number})` : contact.number;
      return t(`contact.${contact.type}`, { number: shown });
    }
    case 'web':
    case 'chat':
      return contact.label ? pick(contact.label, i18n.language).text : t(`contact.${contact.type}`);
    case 'email':
      return t('contact.email', { address: contact.address });
  }
}

/** An address as a person would type it: no scheme, no trailing slash. */
export function displayAddress(url: string): string {
  return url.replace(/^https:\/\//, '').replace(/\/$/, '');
}

/** What a contact's QR code holds, as the reader sees it: the number, address or e-mail. */
export function contactSubject(contact: CompiledContact): string {
  switch (contact.type) {
    case 'web':
    case 'chat':
      return displayAddress(contact.url);
    case 'email':
      return contact.address;
    default:
      return contact.number;
  }
}

/** Every way to reach a service. Numbers stay left-to-right inside right-to-left text. */
export function ContactList({ contacts, i18n, kiosk = false, firstMessageFor }: Props) {
  if (contacts.length === 0) return null;
  return (
    <>
      <ul class={kiosk ? 'contacts contacts--kiosk' : 'contacts'} aria-label={i18n.t('entry.contacts')}>
        {contacts.map((contact, i) => {
          const href = safeHref(contact.href);
          const text = contactText(contact, i18n);
          const note = contact.note && <span class="contact__note"> {pick(contact.note, i18n.language).text}</span>;
          if (kiosk) {
            const isAddress = isLinkContact(contact);
            return (
              <li key={i} class={`contact contact--kiosk contact--${contact.type}`}>
                <p class="contact__text">
                  <bdi>{text}</bdi>
                  {isAddress && (
                    <span class="contact__address">
                      <bdi dir="ltr">{contactSubject(contact)}</bdi>
                    </span>
                  )}
                  {note}
                </p>
                {href && <QrCode value={href} label={i18n.t('qr.label', { value: contactSubject(contact) })} />}
              </li>
            );
          }
          const opensWindow = href?.startsWith('https:') ?? false;
          return (
            <li key={i} class={`contact contact--${contact.type}`}>
              {href ? (
                <a href={href} {...(opensWindow ? EXTERNAL_LINK_PROPS : {})}>
                  <bdi>{text}</bdi>
                  {opensWindow && <span class="visually-hidden"> {i18n.t('contact.opensNewWindow')}</span>}
                </a>
              ) : (
                <bdi>{text}</bdi>
              )}
              {note}
            </li>
          );
        })}
      </ul>
      {firstMessageFor && !kiosk && <FirstMessage contacts={contacts} i18n={i18n} idPrefix={`message-${firstMessageFor}`} />}
    </>
  );
}
