import type { Translator } from '../i18n/i18n';

import type { StorageNotice, UpdateNotice } from '../data/storage-notice';
import type { MessageKey } from '../i18n/i18n';

const UPDATE_MESSAGES: Record<Exclude<UpdateNotice, 'none'>, MessageKey> = {
  'timed-out': 'status.updateTimedOut',
  failed: 'status.updateFailed',
  'storage-full': 'status.updateStorageFull',
};

interface Props {
  i18n: Translator;
  generated: string | null;
  count: number;
  storage: StorageNotice;
  update: UpdateNotice;
}

/** Quiet facts about the directory: when it was updated, and whether it is kept offline. */
export function StatusBar({ i18n, generated, count, storage, update }: Props) {
  const { t } = i18n;
  return (
    <div class="status" role="status">
      {generated && (
        <p class="status__updated">
          {t('status.updated', { date: i18n.formatDate(generated) })} · {i18n.plural('status.entries', count)}
        </p>
      )}
      {storage === 'memory-only' && <p class="status__notice">{t('status.memoryOnly')}</p>}
      {storage === 'save-failed' && <p class="status__notice">{t('status.saveFailed')}</p>}
      {update !== 'none' && <p class="status__notice">{t(UPDATE_MESSAGES[update])}</p>}
    </div>
  );
}
