/**
 * Quick exit: leave at once for a neutral site, leaving nothing on screen and nothing in Back.
 *
 * Order matters. The page is hidden and the title blanked first, synchronously, so that nothing
 * shows even for the moment the next page takes to load (or when there is no network and the
 * browser shows its own error page for the neutral address). Then state is wiped, and
 * `location.replace()` swaps this history entry for the neutral site, so Back skips the app.
 * Before all of that, the exit latch: no reload the app starts later (an update) can abort it.
 */
import { beginExit } from './exit-latch';
import { ExitShortcutDetector, SHIFT_WINDOW_MS } from './exit-shortcuts';

export interface QuickExitOptions {
  exitUrl: string;
  /** Wipes the app's in-memory state (query, open entry) before leaving. */
  clearState: () => void;
}

/** Hides everything now: the first thing every exit path does. */
export function hidePage(): void {
  const root = document.documentElement;
  root.hidden = true;
  // The hidden attribute can lose to author styles; an inline display wins (allowed by CSP: CSSOM).
  root.style.setProperty('display', 'none', 'important');
  document.title = '';
}

/** Shows the page again (after a reset from the back/forward cache). */
export function showPage(): void {
  const root = document.documentElement;
  root.hidden = false;
  root.style.removeProperty('display');
}

/** Empties this tab's sessionStorage: the search, the dismissed safety note, anything kept for the visit. */
export function forgetSession(): void {
  try {
    sessionStorage.clear();
  } catch {
    // Storage may be disabled; there is then nothing to clear.
  }
}

/** Every exit's first steps, in this order; `then` runs even if wiping the state fails. */
function startExit(clearState: () => void, then: () => void): void {
  beginExit();
  hidePage();
  try {
    clearState();
  } finally {
    forgetSession();
    then();
  }
}

/** Leaves the app now. */
export function quickExit({ exitUrl, clearState }: QuickExitOptions): void {
  startExit(clearState, () => location.replace(exitUrl));
}

/**
 * A kiosk's Quick exit: the same first steps, but the kiosk stays on the app (leaving for another
 * site would strand a shared screen there, or on the browser's error page when offline). `clearState`
 * puts the app's neutral screen up (and the deployment's own title back: a kiosk at rest shows it);
 * the page is shown again once that screen is drawn (Preact renders in a microtask, before this
 * timer). No navigation: no network, and no history entry to go Back to.
 */
export function kioskExit(clearState: () => void): void {
  startExit(clearState, () => setTimeout(showPage, 0));
}

/**
 * Listens for the exit shortcuts anywhere in the page, also while typing in a field. Capture
 * phase, so no component can swallow them. Returns a function that stops listening.
 */
export function listenForExitShortcuts(onExit: () => void, onShiftCount: (count: number) => void = () => {}): () => void {
  const detector = new ExitShortcutDetector();
  // The count of Shift presses fades with the window it counts in, as GOV.UK's does.
  let fade: ReturnType<typeof setTimeout> | undefined;
  const report = (now: number) => {
    const count = detector.shiftCount(now);
    onShiftCount(count);
    clearTimeout(fade);
    if (count > 0) fade = setTimeout(() => onShiftCount(0), SHIFT_WINDOW_MS);
  };
  const onKeydown = (event: KeyboardEvent) => {
    if (detector.keydown(event, event.timeStamp)) {
      event.preventDefault();
      onExit();
    }
    report(event.timeStamp);
  };
  const onKeyup = (event: KeyboardEvent) => {
    if (detector.keyup(event, event.timeStamp)) onExit();
    report(event.timeStamp);
  };
  const onBlur = () => {
    detector.reset();
    report(0);
  };
  window.addEventListener('keydown', onKeydown, true);
  window.addEventListener('keyup', onKeyup, true);
  window.addEventListener('blur', onBlur);
  return () => {
    window.removeEventListener('keydown', onKeydown, true);
    window.removeEventListener('keyup', onKeyup, true);
    window.removeEventListener('blur', onBlur);
    clearTimeout(fade);
  };
}

/**
 * When the browser restores this page from its back/forward cache, whatever was on screen would
 * reappear. Reset to a blank home instead (and show the page again if an exit had hidden it).
 * The page is also hidden as it goes into the cache, so that the frame the browser keeps (and may
 * paint for a moment before `pageshow` runs) shows nothing. Preact re-renders in a microtask, so
 * the reset lands before the next paint, after which the page is shown again.
 */
export function resetOnRestore(reset: () => void): () => void {
  const onPageHide = (event: PageTransitionEvent) => {
    if (event.persisted) hidePage();
  };
  const onPageShow = (event: PageTransitionEvent) => {
    if (!event.persisted) return;
    reset();
    showPage();
  };
  window.addEventListener('pagehide', onPageHide);
  window.addEventListener('pageshow', onPageShow);
  return () => {
    window.removeEventListener('pagehide', onPageHide);
    window.removeEventListener('pageshow', onPageShow);
  };
}
