import type { Translate } from '../i18n/i18n';

interface Props {
  t: Translate;
  onUpdate: () => void;
}

/** Offered when a new app version is waiting; nothing reloads until the user chooses. */
export function UpdateBanner({ t, onUpdate }: Props) {
  return (
    <div class="update-banner" role="status">
      <p>{t('update.ready')}</p>
      <button type="button" class="button" onClick={onUpdate}>
        {t('update.button')}
      </button>
    </div>
  );
}
