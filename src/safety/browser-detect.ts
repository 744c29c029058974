/**
 * Which browser and system she is on, guessed on the device from what the browser says of itself
 * (navigator.userAgentData where it exists, else the user-agent string): no request, nothing
 * stored. Only to show the "cover your tracks" steps for her browser first; the others stay one
 * tap away, since a guess can be wrong (browsers copy each other's user-agent strings).
 */

/** The browsers the steps are written for, in the order the choice lists them. */
export const BROWSER_FAMILIES = ['chrome-android', 'samsung', 'safari-ios', 'firefox', 'chromium-desktop', 'other'] as const;
export type BrowserFamily = (typeof BROWSER_FAMILIES)[number];

/** The systems the location and app-removal steps are written for. */
export const SYSTEMS = ['android', 'ios', 'desktop'] as const;
export type DeviceSystem = (typeof SYSTEMS)[number] | 'unknown';

export interface DeviceGuess {
  browser: BrowserFamily;
  system: DeviceSystem;
}

/** What the browser says of itself: navigator.userAgent, userAgentData and maxTouchPoints. */
export interface BrowserClues {
  userAgent: string;
  /** navigator.userAgentData (Chromium browsers only): brands, mobile and platform. */
  userAgentData?: { brands?: readonly { brand: string }[]; mobile?: boolean; platform?: string } | undefined;
  /** navigator.maxTouchPoints: an iPad asks for desktop sites with a Mac's user agent, but has touch. */
  maxTouchPoints?: number;
}

export const UNKNOWN_DEVICE: DeviceGuess = { browser: 'other', system: 'unknown' };

function systemOf(clues: BrowserClues): DeviceSystem {
  const ua = clues.userAgent;
  const platform = clues.userAgentData?.platform?.toLowerCase() ?? '';
  if (platform === 'android' || /Android/i.test(ua)) return 'android';
  if (/iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && (clues.maxTouchPoints ?? 0) > 1)) return 'ios';
  if (/Windows|Macintosh|X11|Linux|CrOS/.test(ua) || ['windows', 'macos', 'linux', 'chrome os'].includes(platform))
    return 'desktop';
  return 'unknown';
}

/** The browser and system `clues` point to; 'other' for a browser the steps are not written for. */
export function detectDevice(clues: BrowserClues): DeviceGuess {
  const ua = clues.userAgent;
  const system = systemOf(clues);
  const brands = (clues.userAgentData?.brands ?? []).map((each) => each.brand);
  if (/SamsungBrowser/.test(ua) || brands.includes('Samsung Internet')) return { browser: 'samsung', system };
  // Firefox, on Android and computers (and on iPhone, where it is built on Safari's engine but keeps its own menus).
  // Other browsers that name themselves: their menus differ from Chrome's, Safari's and Firefox's.
  if (/OPR\/|Opera|YaBrowser|UCBrowser|MiuiBrowser|HuaweiBrowser|EdgA\/|EdgiOS\/|CriOS\/|Vivaldi|KAIOS/.test(ua))
    return { browser: 'other', system };
  if (/Firefox\/|FxiOS\//.test(ua)) return { browser: 'firefox', system };
  if (system === 'ios')
    return /Safari\//.test(ua) && /Version\//.test(ua) ? { browser: 'safari-ios', system } : { browser: 'other', system };
  const chromium = /Chrome\/|Chromium\//.test(ua) || brands.some((brand) => /Chrom|Edge/.test(brand));
  if (chromium && system === 'android') return { browser: 'chrome-android', system };
  if (chromium && system === 'desktop') return { browser: 'chromium-desktop', system };
  return { browser: 'other', system };
}

/** The system a browser's steps are written for: her own when the browser runs on several. */
export function systemFor(browser: BrowserFamily, detected: DeviceSystem): DeviceSystem {
  if (browser === 'chrome-android' || browser === 'samsung') return 'android';
  if (browser === 'safari-ios') return 'ios';
  if (browser === 'chromium-desktop') return 'desktop';
  return detected;
}
