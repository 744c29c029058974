/** Probes into a page for the safety tests: CSP violations, the saved store, storage, axe. */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';

/**
 * Records Content-Security-Policy violations in every page of the context, from the start of each
 * document (`securitypolicyviolation` events, and Chromium's console reports).
 */
export async function recordCspViolations(context: BrowserContext): Promise<{ violations: string[]; watch(page: Page): void }> {
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      w.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  const violations: string[] = [];
  return {
    violations,
    watch(page) {
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
      });
    },
  };
}

/** Violations the page's own listener saw in the current document. */
export function pageCspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/** Ids in the `saved` object store of the `waypoint` database (null when there is no such database). */
export function readSavedIds(page: Page): Promise<string[] | null> {
  return page.evaluate(
    () =>
      new Promise<string[] | null>((resolve, reject) => {
        const request = indexedDB.open('waypoint');
        let upgrading = false;
        request.onupgradeneeded = () => {
          upgrading = true;
          request.transaction?.abort();
        };
        request.onerror = () => (upgrading ? resolve(null) : reject(request.error));
        request.onsuccess = () => {
          const db = request.result;
          const keys = db.transaction('saved', 'readonly').objectStore('saved').getAllKeys();
          keys.onsuccess = () => {
            db.close();
            resolve(keys.result.map(String));
          };
          keys.onerror = () => {
            db.close();
            reject(keys.error);
          };
        };
      }),
  );
}

/** Puts an id into the `saved` store directly, as an earlier visit would have. */
export function seedSavedId(page: Page, id: string): Promise<void> {
  return page.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('waypoint');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('saved', 'readwrite');
          tx.objectStore('saved').put({ id });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    id,
  );
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe (WCAG 2 A and AA rules) on the page. Evaluated through the DevTools protocol, which the
 * page's CSP does not govern, so the app's policy stays exactly as shipped.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(`${axeSource}\n;undefined`);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}
