/**
 * Whether this page runs inside another page's frame. There Quick exit would move only the frame
 * and leave the other site on screen, and that site could watch or cover what she does. The
 * site's headers (frame-ancestors 'none', X-Frame-Options) make the browser refuse the frame;
 * this is for hosts that cannot send them.
 */

/** True inside any frame (comparing `window.top` is allowed across origins; reading it is not needed). */
export function isFramed(): boolean {
  try {
    return window.top !== window.self;
  } catch {
    // A browser that will not even compare: assume the worst.
    return true;
  }
}
