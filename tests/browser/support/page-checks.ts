/** Probes into a page for the safety tests: CSP violations and axe. (What the app stores: indexeddb.ts.) */
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
      w.__cspViolations.push(
        `${event.violatedDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
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

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;
/** WCAG 2.0 to 2.2, levels A and AA. */
export const WCAG_22_AA = [...WCAG_21_AA, 'wcag22aa'] as const;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; html: string; failureSummary?: string }[];
}

/**
 * Runs axe with the rules of `tags` on the page; one readable line per failing element, so a
 * failure names the rule and the element. Evaluated through the DevTools protocol, which the
 * page's CSP does not govern, so the app's policy stays exactly as shipped.
 *
 * Cards off screen are not laid out (content-visibility: auto) until she scrolls to them, and axe
 * reads their stale boxes as overlapping (false contrast and target-size failures). They are drawn
 * for the check as she would see each on screen, then left as they were.
 */
export async function axeViolations(page: Page, tags: readonly string[] = WCAG_21_AA): Promise<string[]> {
  await page.evaluate(`${axeSource}\n;undefined`);
  const violations = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const skipped = [...document.querySelectorAll<HTMLElement>('*')].filter(
      (element) => getComputedStyle(element).contentVisibility === 'auto',
    );
    for (const element of skipped) element.style.setProperty('content-visibility', 'visible');
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    for (const element of skipped) element.style.removeProperty('content-visibility');
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target, html, failureSummary }) => ({ target, html, failureSummary })),
    }));
  }, tags);
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${JSON.stringify(node.target)} ${node.html.slice(0, 160)} — ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`,
    ),
  );
}
