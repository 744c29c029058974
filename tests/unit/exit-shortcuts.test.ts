import { describe, expect, it } from 'vitest';
import { ExitShortcutDetector, SHIFT_WINDOW_MS } from '../../src/safety/exit-shortcuts';

/** Presses a key (down then up) at a time; returns whether either event asked to exit. */
function press(detector: ExitShortcutDetector, key: string, at: number): boolean {
  const down = detector.keydown({ key }, at);
  const up = detector.keyup({ key }, at + 30);
  return down || up;
}

describe('Escape twice', () => {
  it('exits on the second Escape within one second', () => {
    const detector = new ExitShortcutDetector();
    expect(press(detector, 'Escape', 0)).toBe(false);
    expect(press(detector, 'Escape', 900)).toBe(true);
  });

  it('does not exit when the presses are more than a second apart', () => {
    const detector = new ExitShortcutDetector();
    expect(press(detector, 'Escape', 0)).toBe(false);
    expect(press(detector, 'Escape', 1200)).toBe(false);
    // …but that second press starts a new pair.
    expect(press(detector, 'Escape', 1500)).toBe(true);
  });

  it('does not count auto-repeat from a held key', () => {
    const detector = new ExitShortcutDetector();
    detector.keydown({ key: 'Escape' }, 0);
    expect(detector.keydown({ key: 'Escape', repeat: true }, 100)).toBe(false);
  });

  it('another key in between breaks the pair', () => {
    const detector = new ExitShortcutDetector();
    press(detector, 'Escape', 0);
    press(detector, 'a', 200);
    expect(press(detector, 'Escape', 400)).toBe(false);
  });
});

describe('Shift three times', () => {
  it('exits on the third Shift press', () => {
    const detector = new ExitShortcutDetector();
    expect(press(detector, 'Shift', 0)).toBe(false);
    expect(press(detector, 'Shift', 300)).toBe(false);
    expect(press(detector, 'Shift', 600)).toBe(true);
  });

  it('does not count a Shift used as a modifier (typing capitals)', () => {
    const detector = new ExitShortcutDetector();
    for (let i = 0; i < 3; i++) {
      const at = i * 300;
      expect(detector.keydown({ key: 'Shift' }, at)).toBe(false);
      expect(detector.keydown({ key: 'A' }, at + 50)).toBe(false);
      expect(detector.keyup({ key: 'A' }, at + 80)).toBe(false);
      expect(detector.keyup({ key: 'Shift' }, at + 100)).toBe(false);
    }
  });

  it('left and right Shift pressed together do not reset the count', () => {
    const detector = new ExitShortcutDetector();
    // Both Shifts down, then both up: two presses, not an abort.
    detector.keydown({ key: 'Shift' }, 0);
    detector.keydown({ key: 'Shift' }, 10);
    expect(detector.keyup({ key: 'Shift' }, 50)).toBe(false);
    expect(detector.keyup({ key: 'Shift' }, 60)).toBe(false);
    expect(press(detector, 'Shift', 400)).toBe(true);
  });

  it('presses spread over more than five seconds do not count', () => {
    const detector = new ExitShortcutDetector();
    press(detector, 'Shift', 0);
    press(detector, 'Shift', 3000);
    expect(press(detector, 'Shift', 6000)).toBe(false);
  });

  it('typing between presses resets the count', () => {
    const detector = new ExitShortcutDetector();
    press(detector, 'Shift', 0);
    press(detector, 'Shift', 200);
    press(detector, 'x', 300);
    expect(press(detector, 'Shift', 400)).toBe(false);
  });

  it('reset() forgets half-finished sequences (the window lost focus)', () => {
    const detector = new ExitShortcutDetector();
    press(detector, 'Shift', 0);
    press(detector, 'Shift', 100);
    detector.reset();
    expect(press(detector, 'Shift', 200)).toBe(false);
  });
});

describe('Shift count for the page to show', () => {
  it('counts the Shift presses towards leaving, and forgets them outside the window or after another key', () => {
    const detector = new ExitShortcutDetector();
    const press = (at: number) => {
      detector.keydown({ key: 'Shift' }, at);
      detector.keyup({ key: 'Shift' }, at + 10);
    };
    press(0);
    expect(detector.shiftCount(20)).toBe(1);
    press(100);
    expect(detector.shiftCount(120)).toBe(2);
    expect(detector.shiftCount(100 + SHIFT_WINDOW_MS + 20)).toBe(0);
    detector.keydown({ key: 'a' }, 200);
    expect(detector.shiftCount(210)).toBe(0);
  });
});
