import { useEffect, useState } from 'preact/hooks';
import { loadEnglishLater } from '../i18n/i18n';
import type { Need } from '../guidance/need-ids';
import type { GuidanceBodyProps } from './GuidanceBody';

type BodyModule = typeof import('./GuidanceBody');

// The screens load on first use, with the English text they use (the service worker precaches
// both chunks, so this works offline).
let loaded: BodyModule | null = null;
let loading: Promise<BodyModule> | null = null;

function useGuidanceBody(): BodyModule | null {
  const [module, setModule] = useState<BodyModule | null>(loaded);
  useEffect(() => {
    if (module) return;
    let live = true;
    loading ??= Promise.all([import('./GuidanceBody'), loadEnglishLater()]).then(([imported]) => (loaded = imported));
    loading.then(
      (imported) => live && setModule(imported),
      () => (loading = null),
    );
    return () => {
      live = false;
    };
  }, [module]);
  return module;
}

interface Props extends GuidanceBodyProps {
  /** The chosen need, on a route. */
  need: Need | null;
  onBack: () => void;
}

/**
 * The results area while guidance is up: a need's route, the job-offer check or the number
 * check, under a heading that takes focus at once (the screen's content may still be loading),
 * with a way back to home.
 */
export function GuidanceView({ need, onBack, ...body }: Props) {
  const { t } = body.i18n;
  const Body = useGuidanceBody();
  const title = need ? t(`need.answer.${need}`) : body.kind === 'job-check' ? t('job.open') : t('number.open');
  return (
    <section id="results" class="results guidance" aria-labelledby="guidance-heading">
      <p class="guidance__back">
        <button type="button" class="link-button" onClick={onBack}>
          {t('need.back')}
        </button>
      </p>
      <h2 id="guidance-heading" class="guidance__title" tabIndex={-1}>
        {title}
      </h2>
      {Body ? <Body.GuidanceBody {...body} /> : <p role="status">{t('status.loading')}</p>}
    </section>
  );
}
