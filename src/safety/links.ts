import { hasAllowedScheme } from '../rules/link-schemes';

/** The href if it is safe to link to, otherwise null: anything else is shown as plain text. */
export function safeHref(href: string | undefined): string | null {
  if (!href) return null;
  return hasAllowedScheme(href) ? href : null;
}

/** Links that leave the app open in a new window and send no referrer. */
export const EXTERNAL_LINK_PROPS = { target: '_blank', rel: 'noreferrer noopener' } as const;
