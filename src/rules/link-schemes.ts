/**
 * The only kinds of address that ever become a link: the build refuses to publish any other,
 * the device refuses to store any other, and the interface shows any other as plain text.
 */

/** https: pages, tel: calls, sms: texts and mailto: e-mails; never http:, javascript:, data:… */
export const LINK_SCHEMES = ['https:', 'tel:', 'sms:', 'mailto:'] as const;

/** True when `href` is an absolute address with one of the allowed schemes. */
export function hasAllowedScheme(href: string): boolean {
  try {
    // URL lower-cases the scheme and ignores leading spaces, as a browser does when it follows the link.
    return (LINK_SCHEMES as readonly string[]).includes(new URL(href).protocol);
  } catch {
    return false;
  }
}

/**
 * A contact's own link with a first message filled in, or null when its link cannot carry one:
 * `sms:<number>?body=<text>` for a text, `https://wa.me/<digits>?text=<text>` for WhatsApp (the
 * only forms both ends understand). The text is percent-encoded whole, so nothing she chose can
 * add a parameter or change the number.
 */
export function withFirstMessage(href: string, text: string): string | null {
  if (!hasAllowedScheme(href) || text.trim() === '') return null;
  const body = encodeURIComponent(text);
  const sms = /^sms:(\+?\d{2,15})$/i.exec(href);
  if (sms) return `sms:${sms[1]}?body=${body}`;
  const whatsapp = /^https:\/\/wa\.me\/(\d{6,15})$/.exec(href);
  if (whatsapp) return `https://wa.me/${whatsapp[1]}?text=${body}`;
  return null;
}
