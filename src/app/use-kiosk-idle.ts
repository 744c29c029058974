import { useEffect, useRef, useState } from 'preact/hooks';
import { listenForActivity } from '../kiosk/kiosk-guards';
import { startIdleWatch, type IdleWatch } from '../kiosk/idle-watch';

/** Seconds the "Still there?" dialog counts down before the screen is cleared. */
export const COUNTDOWN_SECONDS = 10;

export interface KioskIdle {
  /** Seconds left on the "Still there?" countdown, or null when none is running. */
  secondsLeft: number | null;
  stillHere: () => void;
}

/**
 * Runs the kiosk's idle watch while `enabled`: page input feeds it, and `onExpire` runs when the
 * countdown ends. The latest `onExpire` is used, so callers need not memoise it.
 */
export function useKioskIdle(enabled: boolean, idleSeconds: number, onExpire: () => void): KioskIdle {
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const watch = useRef<IdleWatch | null>(null);
  const expire = useRef(onExpire);
  expire.current = onExpire;

  useEffect(() => {
    if (!enabled) return undefined;
    const current = startIdleWatch({
      idleMs: idleSeconds * 1000,
      countdownSeconds: COUNTDOWN_SECONDS,
      onChange: (state) => setSecondsLeft(state.phase === 'countdown' ? state.secondsLeft : null),
      onExpire: () => expire.current(),
    });
    watch.current = current;
    const stopListening = listenForActivity(() => current.activity());
    return () => {
      stopListening();
      current.stop();
      watch.current = null;
    };
  }, [enabled, idleSeconds]);

  return { secondsLeft, stillHere: () => watch.current?.stillHere() };
}
