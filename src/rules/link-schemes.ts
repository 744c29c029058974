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
