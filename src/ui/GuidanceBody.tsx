/**
 * The guidance screens' content, loaded as a chunk of its own with its styles (guidance.css) the
 * first time she opens the triage or a check: the first page carries only the one-line control.
 */
import type { Route } from '../guidance/needs';
import type { NumberCheck as Check } from '../guidance/number-check';
import type { Translator } from '../i18n/i18n';
import type { EntryDisplay } from './EntryCard';
import './guidance.css';
import { JobCheck, type JobCheckState } from './JobCheck';
import { NumberCheck } from './NumberCheck';
import { RouteView } from './RouteView';

/** Which guidance screen is up (the model's GuideScreen, without importing app/). */
export type GuideKind = 'route' | 'job-check' | 'number-check';

export interface GuidanceBodyProps {
  i18n: Translator;
  today: string;
  display: EntryDisplay;
  country: string;
  kind: GuideKind;
  /** The chosen need's route; null until the engine has loaded. */
  route: Route | null;
  job: JobCheckState;
  /** What the number check says; null until the engine has loaded. */
  number: { typed: string; check: Check | null; onType: (text: string) => void };
  onJobCheck: () => void;
  onNumberCheck: () => void;
}

export function GuidanceBody({
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
}: GuidanceBodyProps) {
  const card = { i18n, today, display };
  const loading = <p role="status">{i18n.t('status.loading')}</p>;
  if (kind === 'route')
    return route ? (
      <RouteView {...card} country={country} route={route} onJobCheck={onJobCheck} onNumberCheck={onNumberCheck} />
    ) : (
      loading
    );
  if (kind === 'job-check') return <JobCheck {...card} {...job} />;
  return number.check ? <NumberCheck {...card} typed={number.typed} check={number.check} onType={number.onType} /> : loading;
}
