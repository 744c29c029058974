import { ANSWERS, RED_FLAGS, type Answer, type JobAnswers, type JobCheckResult, type RedFlag } from '../guidance/job-check';
import type { Translator } from '../i18n/i18n';
import { CardList } from './CardList';
import { CountrySelect } from './CountrySelect';
import type { EntryDisplay } from './EntryCard';

/** What the model holds for the job check, and its actions. */
export interface JobCheckState {
  answers: JobAnswers;
  destination: string;
  /** Countries she may name as the job's, by ISO code. */
  countryCodes: readonly string[];
  /** What the answers show, once she asked; null while she answers. */
  result: JobCheckResult | null;
  onAnswer: (flag: RedFlag, answer: Answer) => void;
  onDestination: (code: string) => void;
  onShow: () => void;
  onChange: () => void;
}

interface Props extends JobCheckState {
  i18n: Translator;
  today: string;
  display: EntryDisplay;
}

const ANSWER_KEYS = { yes: 'job.yes', no: 'job.no', unsure: 'job.unsure' } as const;

/**
 * "Check a job offer": ten yes / no / not sure questions, one fieldset each, and an optional
 * country of the job. A form only for its keyboard and labels: submitting sends nothing anywhere.
 */
export function JobCheck(props: Props) {
  return props.result ? <JobResult {...props} result={props.result} /> : <JobQuestions {...props} />;
}

function JobQuestions({ i18n, answers, destination, countryCodes, onAnswer, onDestination, onShow }: Props) {
  const { t } = i18n;
  return (
    <form
      class="job-check"
      onSubmit={(event) => {
        event.preventDefault();
        onShow();
      }}
    >
      <p class="field__hint">{t('job.intro')}</p>
      {RED_FLAGS.map((flag) => (
        <fieldset key={flag} class="job-check__question">
          <legend>{t(`job.q.${flag}`)}</legend>
          <div class="job-check__answers">
            {ANSWERS.map((answer) => (
              <label key={answer} class="choice">
                <input
                  type="radio"
                  name={`job-${flag}`}
                  value={answer}
                  checked={answers[flag] === answer}
                  onChange={() => onAnswer(flag, answer)}
                />
                <span>{t(ANSWER_KEYS[answer])}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <CountrySelect
        i18n={i18n}
        id="job-destination"
        label={t('job.destination')}
        noneLabel={t('job.destinationNone')}
        codes={countryCodes}
        value={destination}
        onChange={onDestination}
      />
      <p>
        <button type="submit" class="button">
          {t('job.submit')}
        </button>
      </p>
    </form>
  );
}

function JobResult({ i18n, today, display, result, onChange }: Props & { result: JobCheckResult }) {
  const { t } = i18n;
  const card = { i18n, today, display };
  const toFindOut = [...result.toFindOut, ...result.unanswered];
  return (
    <div class="job-result">
      <h3 id="job-result-heading" class="group__title" tabIndex={-1}>
        {t('job.result')}
      </h3>
      {result.noFlagFound ? (
        <div class="job-result__none" role="note">
          <p>
            <strong>{t('job.noneFound')}</strong>
          </p>
          <p>{t('job.cannotCheck')}</p>
        </div>
      ) : (
        <>
          <h4 class="group__subtitle">{t('job.found')}</h4>
          <ul class="job-result__flags">
            {result.found.map((flag) => (
              <li key={flag} class={`job-flag job-flag--${flag}`}>
                <p class="job-flag__question">
                  <strong>{t(`job.q.${flag}`)}</strong>
                </p>
                <p>{t(`job.why.${flag}`)}</p>
                <p>
                  <strong>{t('job.next')}:</strong> {t(`job.do.${flag}`)}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      {toFindOut.length > 0 && (
        <>
          <h4 class="group__subtitle">{t('job.findOut')}</h4>
          <ul class="job-result__find-out">
            {toFindOut.map((flag) => (
              <li key={flag}>{t(`job.q.${flag}`)}</li>
            ))}
          </ul>
        </>
      )}
      {result.lines.map((place) => (
        <section key={place.country} class="job-result__lines" aria-labelledby={`job-lines-${place.country}`}>
          <h4 id={`job-lines-${place.country}`} class="group__subtitle">
            {t('job.linesIn', { country: i18n.placeName(place.country) })}
          </h4>
          {place.emergency && <CardList entries={[place.emergency]} {...card} headingLevel={4} />}
          <CardList entries={place.lines} {...card} />
        </section>
      ))}
      <p>
        <button type="button" class="button button--secondary" onClick={onChange}>
          {t('job.change')}
        </button>
      </p>
    </div>
  );
}
