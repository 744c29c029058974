import type { JobAnswers, JobCheckResult, Answer, RedFlag } from '../guidance/job-check';
import type { Route } from '../guidance/needs';
import type { NumberCheck as Check } from '../guidance/number-check';
import type { Translator } from '../i18n/i18n';
import type { EntryDisplay } from './EntryCard';
import { JobCheck } from './JobCheck';
import { NumberCheck } from './NumberCheck';
import { RouteView } from './RouteView';

/** Which guidance screen is up (the model's GuideScreen, without importing app/). */
export type GuideKind = 'route' | 'job-check' | 'number-check';

interface Props {
  i18n: Translator;
  today: string;
  display: EntryDisplay;
  country: string;
  kind: GuideKind;
  route: Route | null;
  job: {
    answers: JobAnswers;
    destination: string;
    countryCodes: readonly string[];
    result: JobCheckResult | null;
    onAnswer: (flag: RedFlag, answer: Answer) => void;
    onDestination: (code: string) => void;
    onShow: () => void;
    onChange: () => void;
  };
  number: { typed: string; check: Check; onType: (text: string) => void };
  onJobCheck: () => void;
  onNumberCheck: () => void;
  onBack: () => void;
}

/**
 * The results area while guidance is up: a need's route, the job-offer check or the number
 * check, under a heading that takes focus, with a way back to home.
 */
export function GuidanceView({
  i18n,
  today,
  display,
  country,
  kind,
  route,
  job,
  number,
  onJobCheck,
  onNumberCheck,
  onBack,
}: Props) {
  const { t } = i18n;
  const card = { i18n, today, display };
  const title = kind === 'route' && route ? t(`need.${route.need}`) : kind === 'job-check' ? t('job.open') : t('number.open');
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
      {kind === 'route' && route && (
        <RouteView {...card} country={country} route={route} onJobCheck={onJobCheck} onNumberCheck={onNumberCheck} />
      )}
      {kind === 'job-check' && <JobCheck {...card} {...job} />}
      {kind === 'number-check' && <NumberCheck {...card} typed={number.typed} check={number.check} onType={number.onType} />}
    </section>
  );
}
