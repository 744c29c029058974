import { describe, expect, it } from 'vitest';
import { detectDevice, systemFor } from '../../src/safety/browser-detect';

// Real user-agent strings, as these browsers send them.
const UA = {
  chromeAndroid:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  samsung:
    'Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36',
  iphoneSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  ipadDesktopMode:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  iphoneChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1',
  firefoxAndroid: 'Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0',
  firefoxWindows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0',
  firefoxIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/127.0 Mobile/15E148 Safari/605.1.15',
  chromeWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  edgeWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  headlessLinux: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
  macSafari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  operaAndroid:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36 OPR/85.0.0.0',
  kaiOs: 'Mozilla/5.0 (Mobile; LYF/F300B/LYF-F300B-001-01-15-130718-i; Android; rv:48.0) Gecko/48.0 Firefox/48.0 KAIOS/2.5',
};

describe('detectDevice', () => {
  it.each([
    ['Chrome on Android', UA.chromeAndroid, 'chrome-android', 'android'],
    ['Samsung Internet', UA.samsung, 'samsung', 'android'],
    ['Safari on iPhone', UA.iphoneSafari, 'safari-ios', 'ios'],
    ['Chrome on iPhone (its own menus)', UA.iphoneChrome, 'other', 'ios'],
    ['Firefox on Android', UA.firefoxAndroid, 'firefox', 'android'],
    ['Firefox on Windows', UA.firefoxWindows, 'firefox', 'desktop'],
    ['Firefox on iPhone', UA.firefoxIphone, 'firefox', 'ios'],
    ['Chrome on Windows', UA.chromeWindows, 'chromium-desktop', 'desktop'],
    ['Edge on Windows', UA.edgeWindows, 'chromium-desktop', 'desktop'],
    ['headless Chromium on Linux', UA.headlessLinux, 'chromium-desktop', 'desktop'],
    ['Safari on a Mac', UA.macSafari, 'other', 'desktop'],
    ['Opera on Android', UA.operaAndroid, 'other', 'android'],
  ])('%s', (_name, userAgent, browser, system) => {
    expect(detectDevice({ userAgent, maxTouchPoints: 0 })).toEqual({ browser, system });
  });

  it('takes an iPad asking for desktop sites (a Mac’s user agent, with touch) for Safari on iPad', () => {
    expect(detectDevice({ userAgent: UA.ipadDesktopMode, maxTouchPoints: 5 })).toEqual({ browser: 'safari-ios', system: 'ios' });
  });

  it('reads userAgentData where the browser gives it, even with a reduced user-agent string', () => {
    const reduced =
      'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
    expect(
      detectDevice({
        userAgent: reduced,
        userAgentData: { brands: [{ brand: 'Samsung Internet' }, { brand: 'Chromium' }], mobile: true, platform: 'Android' },
      }),
    ).toEqual({ browser: 'samsung', system: 'android' });
  });

  it('says "other" for what it does not know, rather than guess', () => {
    expect(detectDevice({ userAgent: '' })).toEqual({ browser: 'other', system: 'unknown' });
    // KaiOS's browser is built on Firefox, but its menus are its own.
    expect(detectDevice({ userAgent: UA.kaiOs }).browser).toBe('other');
  });
});

describe('systemFor', () => {
  it('gives each browser’s own system, and hers for browsers on several', () => {
    expect(systemFor('samsung', 'desktop')).toBe('android');
    expect(systemFor('safari-ios', 'android')).toBe('ios');
    expect(systemFor('chromium-desktop', 'android')).toBe('desktop');
    expect(systemFor('firefox', 'android')).toBe('android');
    expect(systemFor('other', 'unknown')).toBe('unknown');
  });
});
