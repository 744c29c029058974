/**
 * Reading text aloud with the device's own speech synthesis: the only module that uses
 * speechSynthesis. Only voices with `localService === true` are used, so no text ever leaves the
 * device for a speech server (some browsers send text to one for their network voices).
 */

/** What this module needs of the Web Speech API (so tests can pass a fake). */
export interface Speech {
  getVoices(): readonly { lang: string; localService: boolean; name: string }[];
  speak(utterance: unknown): void;
  cancel(): void;
  addEventListener(type: 'voiceschanged', listener: () => void): void;
  removeEventListener(type: 'voiceschanged', listener: () => void): void;
}

function speechApi(): Speech | null {
  return typeof speechSynthesis === 'undefined' ? null : (speechSynthesis as unknown as Speech);
}

/** The device's own voice for `language` (a BCP 47 tag), best match first: exact tag, then the same language. */
export function localVoiceFor<T extends { lang: string; localService: boolean }>(
  voices: readonly T[],
  language: string,
): T | null {
  const base = language.split('-')[0]!.toLowerCase();
  const local = voices.filter((voice) => voice.localService);
  return (
    local.find((voice) => voice.lang.toLowerCase() === language.toLowerCase()) ??
    local.find((voice) => voice.lang.toLowerCase().replace('_', '-').split('-')[0] === base) ??
    null
  );
}

/** Calls `onChange` when the list of voices changes (they load late); returns a function that stops. */
export function watchVoices(onChange: () => void, speech: Speech | null = speechApi()): () => void {
  if (!speech) return () => undefined;
  speech.addEventListener('voiceschanged', onChange);
  return () => speech.removeEventListener('voiceschanged', onChange);
}

/** True when the device can read `language` aloud with a voice of its own. */
export function canListen(language: string, speech: Speech | null = speechApi()): boolean {
  return speech !== null && localVoiceFor(speech.getVoices(), language) !== null;
}

/** Reads `text` aloud in `language` with a local voice; does nothing when there is none. */
export function listen(text: string, language: string, speech: Speech | null = speechApi()): void {
  if (!speech || typeof SpeechSynthesisUtterance === 'undefined') return;
  const voice = localVoiceFor(speech.getVoices(), language);
  if (!voice) return;
  speech.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice as SpeechSynthesisVoice;
  utterance.lang = voice.lang;
  speech.speak(utterance);
}

/** Stops reading aloud (quick exit and a kiosk's reset call it: nothing keeps talking). */
export function stopListening(speech: Speech | null = speechApi()): void {
  speech?.cancel();
}
