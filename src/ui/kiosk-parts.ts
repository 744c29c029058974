/**
 * The parts of the screen only a kiosk shows (the "Still there?" countdown, the neutral screen
 * after Quick exit, the printed slip, the QR codes on its cards): chunks of their own, so a phone's first
 * page does not carry them. A kiosk fetches them as it starts (preloadKioskParts), so each is
 * there the moment it is needed, offline too.
 */
import { lazyPart } from './lazy-part';

export const KioskCountdown = lazyPart(() => import('./KioskCountdown').then((module) => module.KioskCountdown));
export const NeutralScreen = lazyPart(() => import('./NeutralScreen').then((module) => module.NeutralScreen));
export const PrintJob = lazyPart(() => import('./PrintJob').then((module) => module.PrintJob));
/** A kiosk card's QR codes, for a phone to take the contact away. */
export const QrCode = lazyPart(() => import('./QrCode').then((module) => module.QrCode));

export function preloadKioskParts(): Promise<void> {
  return Promise.all([KioskCountdown.preload(), NeutralScreen.preload(), PrintJob.preload(), QrCode.preload()]).then(
    () => undefined,
  );
}
