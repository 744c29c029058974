import type { Translator } from '../i18n/i18n';

/** The honest answer for a country with no verified line: said plainly, before what does reach her. */
export function NoCoverage({ i18n, place }: { i18n: Translator; place: string }) {
  return (
    <div class="no-coverage" role="note">
      <p>
        <strong>{i18n.t('home.noLine', { country: place })}</strong>
      </p>
      <p>{i18n.t('home.noLineNext', { country: place })}</p>
    </div>
  );
}
