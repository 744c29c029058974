import './tips-extras.css';
import { useState } from 'preact/hooks';
import type { MessageKey, Translator } from '../i18n/i18n';
import {
  BROWSER_FAMILIES,
  detectDevice,
  SYSTEMS,
  systemFor,
  type BrowserClues,
  type BrowserFamily,
  type DeviceGuess,
} from '../safety/browser-detect';

interface Props {
  i18n: Translator;
  /** What her browser says of itself: her browser and system are guessed from it, on the device. */
  clues: BrowserClues;
}

/** The steps for `device`, her browser first. */
export function CoverTracks({ i18n, clues }: Props) {
  return <CoverTracksFor i18n={i18n} device={detectDevice(clues)} />;
}

/**
 * "Cover your tracks", written for her browser: a private window, this site out of the history,
 * location sharing and signs of spying apps, then what Quick exit cannot hide and how to remove
 * an installed app. The detected browser comes first; any other is one choice away (the guess
 * can be wrong). The choice lives only in this view, which Quick exit and kiosk reset rebuild.
 */
export function CoverTracksFor({ i18n, device }: { i18n: Translator; device: DeviceGuess }) {
  const { t } = i18n;
  const [browser, setBrowser] = useState<BrowserFamily>(device.browser);
  const system = systemFor(browser, device.system);
  const systems = system === 'unknown' ? SYSTEMS : [system];
  const key = (text: string) => text as MessageKey;
  const browserName = (family: BrowserFamily) => t(key(`tracks.browser.${family}`));
  return (
    <section class="tracks" aria-labelledby="tracks-heading">
      <h5 id="tracks-heading" class="tracks__title">
        {t('tracks.title')}
      </h5>
      <p class="tracks__detected">
        {device.browser === 'other' ? t('tracks.notDetected') : t('tracks.detected', { browser: browserName(device.browser) })}
      </p>
      <p class="field tracks__choice">
        <label for="tracks-browser">{t('tracks.choose')}</label>
        <select id="tracks-browser" value={browser} onChange={(event) => setBrowser(event.currentTarget.value as BrowserFamily)}>
          {BROWSER_FAMILIES.map((family) => (
            <option key={family} value={family}>
              {browserName(family)}
            </option>
          ))}
        </select>
      </p>
      <div class="tracks__steps" data-browser={browser}>
        <h6>{t('tracks.private.heading')}</h6>
        <p>{t(key(`tracks.private.${browser}`))}</p>
        <h6>{t('tracks.history.heading')}</h6>
        <p>{t(key(`tracks.history.${browser}`))}</p>
        <h6>{t('tracks.location.heading')}</h6>
        {systems.map((each) => (
          <p key={each}>{t(key(`tracks.location.${each}`))}</p>
        ))}
        <h6>{t('tracks.stalkerware.heading')}</h6>
        <p>{t('tracks.stalkerware.text')}</p>
      </div>
      <h6>{t('tracks.limits.heading')}</h6>
      <ul class="tracks__limits">
        <li>{t('tracks.limits.network')}</li>
        <li>{t('tracks.limits.synced')}</li>
        <li>{t('tracks.limits.handed')}</li>
      </ul>
      <h6>{t('tracks.install.heading')}</h6>
      <p>{t('tracks.install.text')}</p>
      <ul class="tracks__install">
        {systems.map((each) => (
          <li key={each}>{t(key(`tracks.install.${each}`))}</li>
        ))}
      </ul>
    </section>
  );
}
