/**
 * Debian's Chromium, as the browser tests and the Lighthouse bench launch it (STACK.md): its path,
 * and the flags that keep it from dialling out (without the background-networking ones Chromium
 * keeps trying, and the closed network refuses it).
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
