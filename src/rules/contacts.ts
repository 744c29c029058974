/**
 * What kind of thing a contact is: a number to call or text, an https address, or an e-mail
 * address. The validator picks a contact's checks by it, the device's download check reads the
 * contact's value by it, and the interface and search tell numbers from addresses by it.
 */
import {
  LINK_CONTACT_TYPES,
  PHONE_CONTACT_TYPES,
  type Contact,
  type EmailContact,
  type LinkContact,
  type PhoneContact,
} from '../data/entry';

export type ContactForm = 'phone' | 'link' | 'email';

/** The field that holds what a contact of each form is reached at. */
export const VALUE_FIELD = { phone: 'number', link: 'url', email: 'address' } as const satisfies {
  phone: keyof PhoneContact;
  link: keyof LinkContact;
  email: keyof EmailContact;
};

/** The form of a contact type; undefined for anything that is not one (the value may come from an untrusted file). */
export function contactForm(type: unknown): ContactForm | undefined {
  if ((PHONE_CONTACT_TYPES as readonly unknown[]).includes(type)) return 'phone';
  if ((LINK_CONTACT_TYPES as readonly unknown[]).includes(type)) return 'link';
  return type === 'email' ? 'email' : undefined;
}

/** A number to call, text or message (phone, sms, whatsapp, tty). */
export function isPhoneContact(contact: Contact): contact is PhoneContact {
  return contactForm(contact.type) === 'phone';
}

/** An https address to open (web, chat). */
export function isLinkContact(contact: Contact): contact is LinkContact {
  return contactForm(contact.type) === 'link';
}

/** The digits of a number however it is written: spaces, dashes, dots, brackets and "+" dropped. */
export function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

/**
 * The digits a contact is dialled with, from its link (tel:+44…, https://wa.me/44…): the search
 * and the number check match typed numbers against these.
 */
export function dialledDigits(href: string): string {
  return digitsOf(href.replace(/^[a-z]+:(\/\/[^/]+\/)?/i, ''));
}
