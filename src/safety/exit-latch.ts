/**
 * Once an exit has begun, nothing may cancel or delay it. A navigation started after the exit's
 * `location.replace()` (above all the reload an update does when its new service worker takes
 * control, which can land a few milliseconds later) would abort the exit and bring the app back
 * on screen. So the exit sets this latch first, and every reload the app itself starts asks it.
 *
 * A page that leaves never lifts it. A kiosk's exit stays on the page (a neutral screen), and
 * lifts it when the next visitor starts; a reload held back meanwhile happens then.
 */

let exiting = false;
let reloadHeldBack = false;

/** An exit begins: from now on the app starts no navigation of its own. */
export function beginExit(): void {
  exiting = true;
}

/** True from the moment an exit began (until a kiosk's next visitor starts). */
export function exitHasBegun(): boolean {
  return exiting;
}

/** Reloads the page, unless an exit has begun: then the reload waits for the kiosk's next visitor, or never comes. */
export function reloadUnlessExiting(): void {
  if (exiting) reloadHeldBack = true;
  else location.reload();
}

/** A kiosk's next visitor starts: the exit is over, and a reload held back during it happens now. */
export function endExit(): void {
  exiting = false;
  if (reloadHeldBack) {
    reloadHeldBack = false;
    location.reload();
  }
}
