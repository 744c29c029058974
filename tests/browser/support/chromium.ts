/**
 * Debian's Chromium and the flags it is started with, apart from browser.ts (which runs code in
 * pages) so that Node scripts without the DOM's types (the bench) can start it the same way.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
