/**
 * Leaving the app and coming Back, as the back/forward-cache tests do. Chromium does not always
 * restore a page from the cache (a page busy with work in flight is not kept), so the tests skip,
 * saying why, when it did not.
 */
import type { Page } from 'playwright-core';
import { START_PAGE_URL } from './browser';

export interface BackForwardVisit {
  /**
   * Goes to the neutral start page, then Back to `appUrl`. Resolves to null when the page came
   * back from the back/forward cache, otherwise to why not (for the test's skip message).
   */
  leaveAndComeBack(appUrl: string): Promise<string | null>;
}

/**
 * Watches `page` for restores: records each pageshow's `persisted` flag from the start of every
 * document, and Chromium's reasons for not using the cache. Call before the page's first navigation.
 */
export async function watchBackForwardCache(page: Page): Promise<BackForwardVisit> {
  await page.addInitScript(() => {
    const w = window as unknown as { __pageshows: boolean[] };
    w.__pageshows = [];
    window.addEventListener('pageshow', (event) => w.__pageshows.push(event.persisted));
  });
  const cdp = await page.context().newCDPSession(page);
  const notRestored: string[] = [];
  cdp.on('Page.backForwardCacheNotUsed', (event) => {
    for (const explanation of event.notRestoredExplanations) notRestored.push(`${explanation.type}: ${explanation.reason}`);
  });
  await cdp.send('Page.enable');

  return {
    async leaveAndComeBack(appUrl) {
      await page.goto(START_PAGE_URL);
      // A restore from the back/forward cache fires pageshow, never load: wait for the commit only.
      await page.goBack({ waitUntil: 'commit' });
      await page.waitForURL(appUrl, { waitUntil: 'commit' });
      await page.waitForFunction(() => (window as unknown as { __pageshows?: boolean[] }).__pageshows?.length);
      const pageshows = await page.evaluate(() => (window as unknown as { __pageshows: boolean[] }).__pageshows);
      if (pageshows.includes(true)) return null;
      return (
        `Chromium did not restore the page from the back/forward cache (pageshow persisted: ${JSON.stringify(pageshows)}; ` +
        `reasons: ${notRestored.join(', ') || 'none given'})`
      );
    },
  };
}
