import type { Translator } from '../i18n/i18n';

/** All help, what is saved, or the area for partners (reached from the footer). */
export type View = 'all' | 'saved' | 'partners';

interface Props {
  i18n: Translator;
  view: View;
  savedCount: number;
  onView: (view: View) => void;
}

/** All help, or only what is saved on this device. A state change, never a navigation: Back and the address stay as they are. */
export function ViewSwitch({ i18n, view, savedCount, onView }: Props) {
  const { t } = i18n;
  return (
    <fieldset class="view-switch">
      <legend class="visually-hidden">{t('view.label')}</legend>
      <button type="button" class="toggle" aria-pressed={view === 'all'} onClick={() => onView('all')}>
        {t('view.all')}
      </button>
      <button type="button" class="toggle" aria-pressed={view === 'saved'} onClick={() => onView('saved')}>
        {t('view.saved', { count: savedCount.toLocaleString(i18n.language) })}
      </button>
    </fieldset>
  );
}
