/**
 * What the app learns from its surroundings, read once at start (main.tsx) and passed in, so no
 * module reads `navigator` or `location` at import time and the model can run in Node.
 */
import { bestLanguage, isSupportedLanguage, type LanguageTag } from '../i18n/languages';
import { resolveKioskMode } from '../kiosk/kiosk-mode';
import type { BrowserClues } from '../safety/browser-detect';
import type { DeploymentConfig } from './deployment';

/** The browser facts the start settings depend on. */
export interface BrowserFacts {
  /** navigator.languages, most wanted first. */
  languages: readonly string[];
  /** navigator.language: the browser's own language, whose region says where she is. */
  language: string;
  /** The address's query string (`?kiosk=1`). */
  search: string;
  /** A phone-sized screen (matchMedia at start). */
  smallScreen: boolean;
  /** What the browser says of itself, for the "cover your tracks" steps (read on the device, never sent). */
  clues?: BrowserClues;
}

/** Where every visit (and every new kiosk visitor) starts. */
export interface StartSettings {
  /** Languages the deployment offers that the app has text for, the default first. */
  languages: readonly LanguageTag[];
  /** The browser's language when offered, else the deployment's first language. */
  language: LanguageTag;
  /** Whose helplines come first: the deployment's country, else the region of the browser's language (en-GB → GB). */
  country: string;
  /** The browser's first language when the app has no text for it (told so in the language shown), else null. */
  missingLanguage: string | null;
  /** A phone-sized screen: the first screen keeps the safety note to one line that opens. */
  smallScreen: boolean;
  /** A shared screen that forgets each visitor. The address is left as it is: reading `?kiosk=1` adds no history entry. */
  kiosk: boolean;
  /**
   * What the browser says of itself, for the "cover your tracks" steps; read there, in their own
   * chunk (safety/browser-detect), so the first page carries no detection code.
   */
  clues: BrowserClues;
}

function regionOf(tag: string | undefined): string {
  if (!tag) return '';
  try {
    return new Intl.Locale(tag).region ?? '';
  } catch {
    return '';
  }
}

/** Decides the start settings from the deployment and the browser. Pure. */
export function startSettings(deployment: DeploymentConfig, browser: BrowserFacts): StartSettings {
  const languages = deployment.languages.filter(isSupportedLanguage);
  const language = bestLanguage(browser.languages, languages);
  return {
    languages,
    language: language ?? languages[0] ?? 'en',
    country: deployment.defaultCountry || regionOf(browser.language),
    kiosk: resolveKioskMode(deployment.kiosk, browser.search),
    smallScreen: browser.smallScreen,
    clues: browser.clues ?? { userAgent: '' },
    missingLanguage: browser.languages[0] && !bestLanguage([browser.languages[0]], languages) ? browser.languages[0] : null,
  };
}
