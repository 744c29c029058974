import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
  apacheSnippet,
  caddySnippet,
  headersFor,
  isDataPath,
  netlifyHeadersFile,
  nginxSnippet,
} from '../../scripts/security-headers';
import { REPO_ROOT } from './support/real-directory';

const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');

describe('the site’s security policy', () => {
  it('sends the page’s own policy plus what only a header can say: no framing', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(SECURITY_HEADERS['X-Frame-Options']).toBe('DENY');
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    const denied = SECURITY_HEADERS['Permissions-Policy']!.split(', ');
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(denied).toContain(`${feature}=()`);
    expect(denied.filter((rule) => !/^[a-z-]+=\(\)$/.test(rule))).toEqual(['clipboard-write=(self)']);
    expect(denied).toContain('clipboard-read=()');
  });

  it('keeps the data files, and only them, out of the HTTP cache, at the root or in a sub-folder', () => {
    for (const pathname of ['/data/index.json', '/data/b/abc.json', '/help/data/index.json']) {
      expect(isDataPath(pathname), pathname).toBe(true);
      expect(headersFor(pathname)['Cache-Control'], pathname).toBe('no-store');
    }
    for (const pathname of ['/', '/index.html', '/sw.js', '/assets/data-1234.js']) {
      expect(headersFor(pathname)['Cache-Control'], pathname).toBeUndefined();
      expect(headersFor(pathname)).toEqual(SECURITY_HEADERS);
    }
  });

  it('writes every header into each host’s form', () => {
    const file = netlifyHeadersFile();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(file).toContain(`\n  ${name}: ${value}\n`);
      expect(nginxSnippet()).toContain(`add_header ${name} "${value}" always;`);
      expect(caddySnippet()).toContain(`\t${name} "${value}"`);
      expect(apacheSnippet()).toContain(`Header always set ${name} "${value}"`);
    }
    // nginx drops the server's add_header inside a location that has its own: the data location repeats them all.
    const dataLocation = nginxSnippet().slice(nginxSnippet().indexOf('location'));
    for (const name of Object.keys(SECURITY_HEADERS)) expect(dataLocation).toContain(`add_header ${name} `);
    expect(dataLocation).toContain('add_header Cache-Control "no-store" always;');
  });

  it('the README’s nginx, Caddy and Apache snippets are the policy’s, as scripts/print-headers.ts prints them', () => {
    expect(readme).toContain(`\`\`\`nginx\n${nginxSnippet()}\`\`\``);
    expect(readme).toContain(`\`\`\`caddy\n${caddySnippet()}\`\`\``);
    expect(readme).toContain(`\`\`\`apache\n${apacheSnippet()}\`\`\``);
  });
});
