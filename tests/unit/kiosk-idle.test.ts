import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startIdleWatch, systemClock, type IdleState, type IdleWatch } from '../../src/kiosk/idle-watch';

const IDLE_MS = 90_000;
const COUNTDOWN = 10;

let states: IdleState[];
let expired: number;
let watch: IdleWatch;

beforeEach(() => {
  vi.useFakeTimers();
  states = [];
  expired = 0;
  watch = startIdleWatch({
    idleMs: IDLE_MS,
    countdownSeconds: COUNTDOWN,
    clock: systemClock,
    onChange: (state) => states.push(state),
    onExpire: () => expired++,
  });
});

afterEach(() => {
  watch.stop();
  vi.useRealTimers();
});

describe('idle watch', () => {
  it('starts a countdown after the idle time, not before', () => {
    vi.advanceTimersByTime(IDLE_MS - 1);
    expect(watch.state()).toEqual({ phase: 'watching' });
    expect(states).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(watch.state()).toEqual({ phase: 'countdown', secondsLeft: 10 });
  });

  it('counts down one second at a time, then expires once and watches again', () => {
    vi.advanceTimersByTime(IDLE_MS);
    for (let left = 9; left >= 1; left--) {
      vi.advanceTimersByTime(1000);
      expect(watch.state()).toEqual({ phase: 'countdown', secondsLeft: left });
    }
    expect(expired).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(expired).toBe(1);
    expect(watch.state()).toEqual({ phase: 'watching' });
    expect(states.map((state) => (state.phase === 'countdown' ? state.secondsLeft : state.phase))).toEqual([
      10,
      9,
      8,
      7,
      6,
      5,
      4,
      3,
      2,
      1,
      'watching',
    ]);
    // The next person gets the full idle time again.
    vi.advanceTimersByTime(IDLE_MS - 1);
    expect(watch.state()).toEqual({ phase: 'watching' });
    vi.advanceTimersByTime(1 + COUNTDOWN * 1000);
    expect(expired).toBe(2);
  });

  it('input restarts the idle time', () => {
    vi.advanceTimersByTime(IDLE_MS - 1000);
    watch.activity();
    vi.advanceTimersByTime(IDLE_MS - 1);
    expect(watch.state()).toEqual({ phase: 'watching' });
    vi.advanceTimersByTime(1);
    expect(watch.state().phase).toBe('countdown');
  });

  it('frequent input keeps one timer pending, not one per event', () => {
    for (let i = 0; i < 500; i++) {
      watch.activity();
      vi.advanceTimersByTime(100);
    }
    expect(vi.getTimerCount()).toBe(1);
    expect(watch.state()).toEqual({ phase: 'watching' });
  });

  it('input during the countdown does not stop it: only "I\'m still here" does', () => {
    vi.advanceTimersByTime(IDLE_MS + 3000);
    watch.activity();
    expect(watch.state()).toEqual({ phase: 'countdown', secondsLeft: 7 });
    watch.stillHere();
    expect(watch.state()).toEqual({ phase: 'watching' });
    vi.advanceTimersByTime(COUNTDOWN * 1000);
    expect(expired).toBe(0);
    // A fresh idle period starts from the answer.
    vi.advanceTimersByTime(IDLE_MS - COUNTDOWN * 1000 - 1);
    expect(watch.state()).toEqual({ phase: 'watching' });
    vi.advanceTimersByTime(1);
    expect(watch.state().phase).toBe('countdown');
  });

  it('"I\'m still here" outside a countdown changes nothing', () => {
    vi.advanceTimersByTime(1000);
    watch.stillHere();
    expect(states).toEqual([]);
    vi.advanceTimersByTime(IDLE_MS - 1000);
    expect(watch.state().phase).toBe('countdown');
  });

  it('late timers (a throttled tab) still expire at the deadline, skipping seconds', () => {
    vi.advanceTimersByTime(IDLE_MS);
    // Move the clock without running timers, as when the tab was throttled.
    vi.setSystemTime(Date.now() + 6500);
    vi.advanceTimersByTime(1000);
    expect(watch.state()).toEqual({ phase: 'countdown', secondsLeft: 3 });
    vi.setSystemTime(Date.now() + 60_000);
    vi.advanceTimersByTime(1000);
    expect(expired).toBe(1);
  });

  it('stop leaves no timer pending and never expires', () => {
    vi.advanceTimersByTime(IDLE_MS + 2000);
    watch.stop();
    expect(watch.state()).toEqual({ phase: 'stopped' });
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(IDLE_MS * 3);
    expect(expired).toBe(0);
    watch.activity();
    watch.stillHere();
    expect(watch.state()).toEqual({ phase: 'stopped' });
  });
});
