/**
 * The kiosk's idle watch: after `idleMs` without input, a countdown of `countdownSeconds`; when it
 * runs out, `onExpire` (the app resets to a blank home) and the watch starts again. Only an explicit
 * "I'm still here" stops a countdown: once the dialog is up, a stray touch by the next person in
 * the queue must not keep the previous person's search on screen.
 *
 * Pure: the clock and timers are injected, so tests drive it with fake timers. Input is recorded as
 * a timestamp only (no timer is cleared or set per event), because pointermove and scroll fire
 * dozens of times a second; the single pending timer re-checks the timestamp when it fires.
 */

/** The clock and timers the watch runs on. */
export interface IdleClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The page's own clock, looked up at each call (so fake timers installed later still apply). */
export const systemClock: IdleClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type IdleState = { phase: 'watching' } | { phase: 'countdown'; secondsLeft: number } | { phase: 'stopped' };

export interface IdleWatchOptions {
  idleMs: number;
  countdownSeconds: number;
  clock?: IdleClock;
  /** Called on every change of phase and on every second of the countdown. */
  onChange: (state: IdleState) => void;
  /** The countdown ran out: forget this person. */
  onExpire: () => void;
}

export interface IdleWatch {
  /** Input happened (pointer, key, touch, scroll). Ignored during a countdown. */
  activity(): void;
  /** "I'm still here": ends a countdown and starts watching afresh. */
  stillHere(): void;
  /** Stops for good: no timer stays pending. */
  stop(): void;
  state(): IdleState;
}

/** Starts watching at once. */
export function startIdleWatch({
  idleMs,
  countdownSeconds,
  clock = systemClock,
  onChange,
  onExpire,
}: IdleWatchOptions): IdleWatch {
  let state: IdleState = { phase: 'watching' };
  let lastActivity = clock.now();
  let deadline = 0;
  let timer: unknown = null;

  const schedule = (ms: number, callback: () => void) => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = clock.setTimeout(
      () => {
        timer = null;
        callback();
      },
      Math.max(0, ms),
    );
  };

  const setState = (next: IdleState) => {
    state = next;
    onChange(next);
  };

  const watch = () => {
    lastActivity = clock.now();
    if (state.phase !== 'watching') setState({ phase: 'watching' });
    schedule(idleMs, checkIdle);
  };

  function checkIdle() {
    const idleFor = clock.now() - lastActivity;
    if (idleFor < idleMs) {
      schedule(idleMs - idleFor, checkIdle);
      return;
    }
    deadline = clock.now() + countdownSeconds * 1000;
    setState({ phase: 'countdown', secondsLeft: countdownSeconds });
    schedule(1000, tick);
  }

  function tick() {
    const remaining = deadline - clock.now();
    if (remaining <= 0) {
      watch();
      onExpire();
      return;
    }
    const secondsLeft = Math.ceil(remaining / 1000);
    if (state.phase === 'countdown' && state.secondsLeft !== secondsLeft) setState({ phase: 'countdown', secondsLeft });
    // Wake at the next whole second (timers may fire late; the deadline, not the tick count, decides).
    schedule(remaining - (secondsLeft - 1) * 1000, tick);
  }

  schedule(idleMs, checkIdle);

  return {
    activity() {
      if (state.phase === 'watching') lastActivity = clock.now();
    },
    stillHere() {
      if (state.phase === 'countdown') watch();
    },
    stop() {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      if (state.phase !== 'stopped') setState({ phase: 'stopped' });
    },
    state: () => state,
  };
}
