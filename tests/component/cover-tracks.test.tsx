import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { CoverTracks, CoverTracksFor } from '../../src/ui/CoverTracks';
import { renderView, textOf } from './support/render';
import { translator } from './support/views';

async function renderSteps(device: Parameters<typeof CoverTracksFor>[0]['device'], language: 'en' | 'ar' = 'en') {
  const i18n = await translator(language);
  const { container } = renderView(<CoverTracksFor i18n={i18n} device={device} />);
  return { container, i18n, select: container.querySelector('select')! };
}

function choose(select: HTMLSelectElement, value: string): void {
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('CoverTracks', () => {
  it('shows the detected browser’s steps first, and says which browser it took it for', async () => {
    const { container, i18n, select } = await renderSteps({ browser: 'samsung', system: 'android' });
    expect(textOf(container.querySelector('.tracks__detected'))).toBe(
      i18n.t('tracks.detected', { browser: i18n.t('tracks.browser.samsung') }),
    );
    expect(select.value).toBe('samsung');
    const steps = textOf(container.querySelector('.tracks__steps'));
    expect(steps).toContain(i18n.t('tracks.private.samsung'));
    expect(steps).toContain(i18n.t('tracks.history.samsung'));
    expect(steps).toContain(i18n.t('tracks.location.android'));
    expect(steps).not.toContain(i18n.t('tracks.location.ios'));
    expect(textOf(container)).toContain(i18n.t('tracks.install.android'));
  });

  it('puts another browser’s steps one choice away, with its own system’s location steps', async () => {
    const { container, i18n, select } = await renderSteps({ browser: 'chromium-desktop', system: 'desktop' });
    expect(select.labels[0]!.textContent).toBe(i18n.t('tracks.choose'));
    expect([...select.options].map((option) => option.value)).toEqual([
      'chrome-android',
      'samsung',
      'safari-ios',
      'firefox',
      'chromium-desktop',
      'other',
    ]);
    choose(select, 'safari-ios');
    const steps = textOf(container.querySelector('.tracks__steps'));
    expect(steps).toContain(i18n.t('tracks.private.safari-ios'));
    expect(steps).toContain(i18n.t('tracks.location.ios'));
    expect(steps).not.toContain(i18n.t('tracks.private.chromium-desktop'));
  });

  it('says plainly when it cannot tell, and then gives every system’s steps', async () => {
    const { container, i18n } = await renderSteps({ browser: 'other', system: 'unknown' });
    expect(textOf(container.querySelector('.tracks__detected'))).toBe(i18n.t('tracks.notDetected'));
    expect(container.querySelectorAll('.tracks__install li')).toHaveLength(3);
  });

  it('always names what Quick exit cannot hide and that an installed app cannot remove its own icon', async () => {
    const { container, i18n } = await renderSteps({ browser: 'firefox', system: 'android' }, 'ar');
    const text = textOf(container);
    for (const key of ['tracks.limits.network', 'tracks.limits.synced', 'tracks.limits.handed', 'tracks.install.text'] as const)
      expect(text).toContain(i18n.t(key));
  });

  it('guesses the browser from what it says of itself, on the device', async () => {
    const i18n = await translator('en');
    const userAgent =
      'Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36';
    const { container } = renderView(<CoverTracks i18n={i18n} clues={{ userAgent }} />);
    expect(container.querySelector('select')!.value).toBe('samsung');
  });
});
