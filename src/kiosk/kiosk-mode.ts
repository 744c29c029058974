/**
 * Whether this page runs as a kiosk: a shared screen (a library, a clinic, a shelter) that forgets
 * each person after a short time without use. Pure: settings and the address's query in, yes/no out.
 */
import type { DeploymentConfig } from '../config/deployment';

/** The query parameter that turns kiosk mode on for trying it out: `?kiosk=1`. */
export const KIOSK_URL_FLAG = 'kiosk';

/**
 * Kiosk mode is on when the deployment says so, or when the address carries `?kiosk=1` and the
 * deployment allows that flag. The flag can only turn kiosk mode on, never off: a kiosk device
 * must not be taken out of kiosk mode by editing the address.
 */
export function resolveKioskMode(kiosk: Pick<DeploymentConfig['kiosk'], 'enabled' | 'allowUrlFlag'>, search: string): boolean {
  if (kiosk.enabled) return true;
  if (!kiosk.allowUrlFlag) return false;
  return new URLSearchParams(search).get(KIOSK_URL_FLAG) === '1';
}
