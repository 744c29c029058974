/**
 * Prints the site's security headers for each kind of host, from scripts/security-headers.ts: the
 * README's snippets are these (a unit test checks it). Run: `npx tsx scripts/print-headers.ts`.
 */
import { apacheSnippet, caddySnippet, netlifyHeadersFile, nginxSnippet } from './security-headers.ts';

const sections: [string, string][] = [
  ['Netlify, Cloudflare Pages: dist/_headers (written by the build)', netlifyHeadersFile()],
  ['nginx', nginxSnippet()],
  ['Caddy', caddySnippet()],
  ['Apache', apacheSnippet()],
];
for (const [title, text] of sections) console.log(`# ${title}\n${text}`);
