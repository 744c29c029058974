import type { Translate } from '../i18n/i18n';

interface Props {
  t: Translate;
  /** This page's own address. */
  href: string;
}

/**
 * All the app shows inside another site's frame: one link that opens it as the tab's own page
 * (target _top, no referrer), where Quick exit leaves for real. Nothing else starts in the frame.
 */
export function FramedNotice({ t, href }: Props) {
  return (
    <main class="framed">
      <a href={href} target="_top" rel="noreferrer noopener">
        {t('framed.open')}
      </a>
    </main>
  );
}
