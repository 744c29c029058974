import type { CompiledEntry } from '../data/entry';
import type { Translator } from '../i18n/i18n';
import { isLinkContact } from '../rules/contacts';
import { safeHref } from '../safety/links';
import { contactSubject, contactText } from './ContactList';
import { entryText } from './localized';
import { QrCode } from './QrCode';

interface Props {
  i18n: Translator;
  entry: CompiledEntry;
}

/**
 * The paper slip "Print this contact" prints: the service's name, its numbers and a QR code each.
 * Hidden on screen; the print stylesheet shows only this. No app name on it: a slip found in a
 * pocket should say no more than the helpline itself does.
 */
export function PrintSlip({ i18n, entry }: Props) {
  const name = entryText(entry, 'name', i18n);
  return (
    <section class="print-slip">
      <h2 class="print-slip__name" lang={name.lang}>
        {name.text}
      </h2>
      <ul class="print-slip__contacts">
        {entry.contacts.map((contact, i) => {
          const href = safeHref(contact.href);
          return (
            <li key={i} class="print-slip__contact">
              <p>
                <bdi>{contactText(contact, i18n)}</bdi>
                {isLinkContact(contact) && (
                  <>
                    {' '}
                    <bdi dir="ltr">{contactSubject(contact)}</bdi>
                  </>
                )}
              </p>
              {href && <QrCode value={href} label={i18n.t('qr.label', { value: contactSubject(contact) })} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
