import type { CompiledContact } from '../data/entry';
import type { Translator } from '../i18n/i18n';
import { EXTERNAL_LINK_PROPS, safeHref } from '../safety/links';
import { pick } from './localized';

interface Props {
  contacts: CompiledContact[];
  i18n: Translator;
}

function contactText(contact: CompiledContact, i18n: Translator): string {
  const { t } = i18n;
  switch (contact.type) {
    case 'phone':
    case 'sms':
    case 'whatsapp':
    case 'tty': {
      const shown = contact.label ? `${pick(contact.label, i18n.language).text} (${contact.number})` : contact.number;
      return t(`contact.${contact.type}`, { number: shown });
    }
    case 'web':
    case 'chat':
      return contact.label ? pick(contact.label, i18n.language).text : t(`contact.${contact.type}`);
    case 'email':
      return t('contact.email', { address: contact.address });
  }
}

/** Every way to reach a service. Numbers stay left-to-right inside right-to-left text. */
export function ContactList({ contacts, i18n }: Props) {
  if (contacts.length === 0) return null;
  return (
    <ul class="contacts" aria-label={i18n.t('entry.contacts')}>
      {contacts.map((contact, i) => {
        const href = safeHref(contact.href);
        const text = contactText(contact, i18n);
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
            {contact.note && <span class="contact__note"> {pick(contact.note, i18n.language).text}</span>}
          </li>
        );
      })}
    </ul>
  );
}
