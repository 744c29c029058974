/**
 * Long work on the main thread in short slices. Checking, hashing and storing thousands of
 * entries in one go froze the page for seconds; here a loop asks `due()` after each step and,
 * once its slice is spent, `pause()` hands the thread back to the page (taps, typing, Quick exit)
 * before the next slice.
 */

/** A slice's length: well under the 50 ms after which a browser calls a task long. */
export const SLICE_MS = 12;

const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

/** Resolves in a later task, so input waiting in the queue is handled first. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Times the current slice; `due()` after each step, `pause()` when it says so. */
export function sliceTimer(sliceMs = SLICE_MS): { due(): boolean; pause(): Promise<void> } {
  let start = now();
  return {
    due: () => now() - start >= sliceMs,
    async pause() {
      await yieldToPage();
      start = now();
    },
  };
}
