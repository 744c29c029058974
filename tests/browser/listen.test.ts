/**
 * "Listen" reads text aloud with the device's own voice only. Headless Chromium has no voices, so the
 * page gets a stand-in speechSynthesis with one local and one network voice, and records what it is asked
 * to say; quick exit must silence it.
 */
import { describe, expect, inject, test } from 'vitest';
import { POLL, newContext, openApp } from './support/browser';
import './support/provided';
import { browserAndServer } from './support/suite';

const appDir = inject('waypointAppDir');
const exitUrl = inject('waypointExitUrl');
const suite = browserAndServer(appDir);

function installFakeSpeech() {
  const spoken: { text: string; voice: string }[] = [];
  let cancels = 0;
  const voices = [
    { lang: 'en-GB', localService: true, name: 'Device English', default: true, voiceURI: 'local-en' },
    { lang: 'ar-SA', localService: false, name: 'Network Arabic', default: false, voiceURI: 'net-ar' },
  ];
  const fake = {
    getVoices: () => voices,
    speak: (utterance: { text: string; voice: { name: string } | null }) =>
      spoken.push({ text: utterance.text, voice: utterance.voice?.name ?? '' }),
    cancel: () => void cancels++,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
  // Chromium's own utterance accepts only its own voice objects: a stand-in for it too.
  class FakeUtterance {
    voice: { name: string } | null = null;
    lang = '';
    constructor(readonly text: string) {}
  }
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
  Object.assign(window, { speechLog: () => ({ spoken, cancels }) });
}

describe('Listen', () => {
  test('reads the safety note and a card aloud with the local voice; none offered for a language without one', async () => {
    const { context } = await newContext(suite.browser, { exitUrl });
    await context.addInitScript(installFakeSpeech);
    try {
      const page = await openApp(context, suite.server.url('/'));
      const noteListen = page.locator('.safety-note .listen button');
      await noteListen.click();
      const log = () =>
        page.evaluate(() =>
          (window as unknown as { speechLog(): { spoken: { text: string; voice: string }[]; cancels: number } }).speechLog(),
        );
      await expect.poll(async () => (await log()).spoken.length, POLL).toBe(1);
      expect((await log()).spoken[0]!.voice).toBe('Device English');
      expect((await log()).spoken[0]!.text).toContain('Quick exit');
      expect(await page.locator('.listen__hint').first().textContent()).toContain('earphones');

      await page.locator('#results article .listen button').first().click();
      await expect.poll(async () => (await log()).spoken.length, POLL).toBe(2);

      // Arabic has only a network voice here: no Listen button at all.
      await page.locator('#language').selectOption('ar');
      await expect.poll(() => page.evaluate(() => document.documentElement.lang), POLL).toBe('ar');
      expect(await page.locator('.safety-note .listen button').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
