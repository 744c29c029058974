/**
 * Choices that last the visit (her country), in sessionStorage: gone when the tab closes, emptied
 * by quick exit and by a kiosk's reset. Never localStorage or IndexedDB: a lasting record of where
 * she said she is would be a trace (see safety-note.ts for the same decision).
 */

const COUNTRY_KEY = 'country';

/** The country chosen earlier in this visit, or null. */
export function sessionCountry(): string | null {
  try {
    const code = sessionStorage.getItem(COUNTRY_KEY);
    return code && /^[A-Z]{2}$/.test(code) ? code : null;
  } catch {
    return null;
  }
}

export function rememberSessionCountry(code: string): void {
  try {
    sessionStorage.setItem(COUNTRY_KEY, code);
  } catch {
    // Storage disabled: the choice lasts until the page reloads.
  }
}
