/** Screenshots of phone screens, for a person to open and look at: test-results/screens/<name>.png. */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';

export const SCREENS = path.resolve(import.meta.dirname, '../../../test-results/screens');

/** The viewport as she sees it (not the whole page). */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`) });
}
