/**
 * What a kiosk page listens for and what it refuses: input that proves someone is there, and new
 * windows or navigation away (a shared screen must not end up on a helpline's site, still open for
 * the next person, or in a tab the reset cannot reach).
 */

/** Events that count as someone using the screen. */
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel', 'scroll'] as const;

/**
 * Calls `onActivity` on any input. Capture phase (scroll does not bubble, and no component may
 * swallow the event) and passive (never delays scrolling). Returns a function that stops listening.
 */
export function listenForActivity(onActivity: () => void): () => void {
  const options = { capture: true, passive: true } as const;
  for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, options);
  return () => {
    for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, options);
  };
}

/** True when following this link would leave the page or open another window. */
function leavesPage(anchor: HTMLAnchorElement): boolean {
  if (anchor.target && anchor.target !== '_self') return true;
  if (anchor.hasAttribute('download')) return true;
  try {
    const url = new URL(anchor.href, location.href);
    return url.origin !== location.origin || url.pathname !== location.pathname || url.search !== location.search;
  } catch {
    return true;
  }
}

/**
 * Kiosk pages render no outbound links, but a guard catches what slips through: window.open()
 * returns null, and a click (or middle click) on any link that leaves the page does nothing.
 * Returns a function that lifts the guard.
 */
export function blockNewWindows(): () => void {
  const originalOpen = window.open;
  window.open = () => null;
  const onClick = (event: MouseEvent) => {
    const anchor = (event.target as Element | null)?.closest?.('a[href]');
    if (anchor instanceof HTMLAnchorElement && leavesPage(anchor)) event.preventDefault();
  };
  document.addEventListener('click', onClick, true);
  document.addEventListener('auxclick', onClick, true);
  return () => {
    window.open = originalOpen;
    document.removeEventListener('click', onClick, true);
    document.removeEventListener('auxclick', onClick, true);
  };
}
