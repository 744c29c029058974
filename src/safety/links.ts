/** Only these schemes ever become links: anything else is shown as plain text. */
const ALLOWED_SCHEMES = ['https:', 'tel:', 'sms:', 'mailto:'] as const;

/** The href if it is safe to link to, otherwise null. */
export function safeHref(href: string | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href);
    return (ALLOWED_SCHEMES as readonly string[]).includes(url.protocol) ? href : null;
  } catch {
    return null;
  }
}

/** Links that leave the app open in a new window and send no referrer. */
export const EXTERNAL_LINK_PROPS = { target: '_blank', rel: 'noreferrer noopener' } as const;
