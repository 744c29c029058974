import { describe, expect, it } from 'vitest';
import { canListen, localVoiceFor, type Speech } from '../../src/speech/listen';

const voices = [
  { lang: 'en-US', localService: false, name: 'Network English' },
  { lang: 'ar-SA', localService: false, name: 'Network Arabic' },
  { lang: 'en-GB', localService: true, name: 'Device English' },
  { lang: 'es_ES', localService: true, name: 'Device Spanish' },
];

function fakeSpeech(list = voices): Speech {
  return {
    getVoices: () => list,
    speak: () => undefined,
    cancel: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
}

describe('Listen', () => {
  it('uses only the device’s own voices, never a network voice that would send the text away', () => {
    expect(localVoiceFor(voices, 'ar')).toBeNull();
    expect(canListen('ar', fakeSpeech())).toBe(false);
    expect(localVoiceFor(voices, 'en')?.name).toBe('Device English');
  });

  it('matches the exact tag first, then the language, whatever the separator', () => {
    expect(localVoiceFor(voices, 'en-GB')?.name).toBe('Device English');
    expect(localVoiceFor(voices, 'es')?.name).toBe('Device Spanish');
    expect(canListen('es-MX', fakeSpeech())).toBe(true);
  });

  it('offers nothing where the browser has no speech synthesis', () => {
    expect(canListen('en', null)).toBe(false);
  });
});
