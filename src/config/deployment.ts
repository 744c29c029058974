/** Settings a deployment makes in `resources/deployment.json`, read at build time. */
export interface DeploymentConfig {
  /** Installed app name. Keep it neutral: nothing on a home screen should say "trafficking". */
  appName: string;
  /** Name under the home-screen icon (12 characters or fewer read best). */
  shortName: string;
  /** Browser tab title. */
  title: string;
  /** Theme colour of the installed app, as #rrggbb. */
  themeColor: string;
  /** Where quick exit goes: a neutral https page. */
  exitUrl: string;
  /** ISO 3166-1 alpha-2 country whose services are listed first; empty to follow the browser. */
  defaultCountry: string;
  /** Languages offered, the first one the default: BCP 47 tags the app has translations for. */
  languages: string[];
  kiosk: {
    /** Every visitor gets kiosk mode. */
    enabled: boolean;
    /** `?kiosk=1` turns kiosk mode on for trying it out; a deployment can forbid that. */
    allowUrlFlag: boolean;
    /** Seconds without input before the "Still there?" countdown. */
    idleSeconds: number;
  };
  /**
   * Optional: who to tell about a helpline the directory is missing, shown under her country's
   * help, e.g. `{ "name": "our team", "href": "mailto:lines@example.org" }` (https: or mailto:).
   */
  missingLine?: { name: string; href: string };
  /** Ship a service worker that removes itself and its caches: the way back from a bad release. */
  killServiceWorker: boolean;
  /**
   * Optional, default true: the "For partners" area (campaign days, messages to share, how to share
   * survivors' stories, UN programmes), reached from the page's footer. A discreet deployment turns
   * it off; a kiosk never shows it.
   */
  partnerArea?: boolean;
  /**
   * Optional: a square PNG (at least 512×512) or SVG used as the app icon instead of the drawn one.
   * Written relative to the deployment file; resolved to an absolute path when the file is read.
   * Build-time only: never part of the app bundle.
   */
  icon?: string;
}

/** Whether the "For partners" area is offered: on unless the deployment turns it off, never on a kiosk. */
export function offersPartnerArea(deployment: Pick<DeploymentConfig, 'partnerArea'>, kiosk: boolean): boolean {
  return !kiosk && deployment.partnerArea !== false;
}
