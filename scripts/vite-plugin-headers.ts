/**
 * Vite plugin: the site's security headers (scripts/security-headers.ts) on `vite preview`, which
 * `npm start` serves, and written into the build as `_headers` for hosts that read that file
 * (Netlify, Cloudflare Pages). Other hosts: the README's nginx, Caddy and Apache snippets.
 */
import type { Plugin } from 'vite';
import { headersFor, netlifyHeadersFile } from './security-headers.ts';

export function securityHeadersPlugin(): Plugin {
  return {
    name: 'waypoint-security-headers',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: netlifyHeadersFile() });
    },
    configurePreviewServer(server) {
      // Before Vite's own file server, which keeps headers already set on the response.
      server.middlewares.use((req, res, next) => {
        const pathname = new URL(req.url ?? '/', 'http://preview.invalid').pathname;
        for (const [name, value] of Object.entries(headersFor(pathname))) res.setHeader(name, value);
        next();
      });
    },
  };
}
