/**
 * Whether the "staying safe" note was dismissed.
 *
 * Decision: session-only, in sessionStorage, never in localStorage or IndexedDB. A remembered
 * dismissal would be a lasting record on the device that this app was opened before, under a key
 * that someone going through the browser's site data can read; however neutral the key's name,
 * its presence next to the app's origin tells its story. The note costs one tap per visit and is
 * worth repeating: quick exit and the call log are exactly what a person under pressure forgets.
 * sessionStorage keeps a reload from nagging, ends with the tab, and is emptied by quick exit and
 * by the kiosk reset, after which the note shows again.
 */

const DISMISSED_KEY = 'note-dismissed';

export function isSafetyNoteDismissed(): boolean {
  try {
    return sessionStorage.getItem(DISMISSED_KEY) === '1';
  } catch {
    return false;
  }
}

export function rememberSafetyNoteDismissed(): void {
  try {
    sessionStorage.setItem(DISMISSED_KEY, '1');
  } catch {
    // Storage disabled: the note simply shows again after a reload.
  }
}
