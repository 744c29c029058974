import type { Translate } from '../i18n/i18n';

interface Props {
  t: Translate;
  count: number;
}

/** Heads the "Saved" view: where the list lives (this device only), or how to fill it. */
export function SavedIntro({ t, count }: Props) {
  return (
    <div class="saved-intro">
      <h2 class="saved-intro__title">{t('saved.title')}</h2>
      <p class="saved-intro__hint">{count > 0 ? t('saved.hint') : t('saved.none')}</p>
    </div>
  );
}
