/**
 * Recognises the keyboard shortcuts that leave the app: Escape twice within a second (as NSW's
 * quick exit) and Shift pressed three times (as GOV.UK's "Exit this page"), with two faults of the
 * latter fixed: a Shift held as a modifier (Shift+A) does not count, and pressing left and right
 * Shift together does not reset the count. Pure: key events and times in, "exit now" out.
 */

export const ESCAPE_WINDOW_MS = 1000;
/** Three Shift presses must fall within this window. */
export const SHIFT_WINDOW_MS = 5000;

/** The parts of a KeyboardEvent the detector reads. */
export interface KeyLike {
  key: string;
  repeat?: boolean;
}

export class ExitShortcutDetector {
  private lastEscapeAt = -Infinity;
  private shiftPresses: number[] = [];
  /** Shift keys down right now, by `code`-less count: both Shifts may be held together. */
  private shiftsDown = 0;
  /** Another key went down while a Shift was held: that Shift was a modifier. */
  private usedAsModifier = false;

  /** Feed every keydown; returns true when the user asked to leave. */
  keydown(event: KeyLike, now: number): boolean {
    if (event.repeat) return false;
    if (event.key === 'Shift') {
      if (this.shiftsDown === 0) this.usedAsModifier = false;
      this.shiftsDown++;
      return false;
    }
    if (this.shiftsDown > 0) this.usedAsModifier = true;
    // Any other key breaks a run of Shift presses.
    this.shiftPresses = [];
    if (event.key === 'Escape' || event.key === 'Esc') {
      const isSecond = now - this.lastEscapeAt <= ESCAPE_WINDOW_MS;
      this.lastEscapeAt = isSecond ? -Infinity : now;
      return isSecond;
    }
    this.lastEscapeAt = -Infinity;
    return false;
  }

  /** Feed every keyup; returns true when the third Shift press completes. */
  keyup(event: KeyLike, now: number): boolean {
    if (event.key !== 'Shift') return false;
    this.shiftsDown = Math.max(0, this.shiftsDown - 1);
    if (this.usedAsModifier) {
      if (this.shiftsDown === 0) this.usedAsModifier = false;
      return false;
    }
    this.shiftPresses = [...this.shiftPresses.filter((at) => now - at <= SHIFT_WINDOW_MS), now];
    if (this.shiftPresses.length >= 3) {
      this.shiftPresses = [];
      return true;
    }
    return false;
  }

  /** Shift presses counted towards leaving at `now` (0, 1 or 2), so the page can show and announce them. */
  shiftCount(now: number): number {
    return this.shiftPresses.filter((at) => now - at <= SHIFT_WINDOW_MS).length;
  }

  /** Forget everything, e.g. when the window loses focus and keyups may never arrive. */
  reset(): void {
    this.lastEscapeAt = -Infinity;
    this.shiftPresses = [];
    this.shiftsDown = 0;
    this.usedAsModifier = false;
  }
}
