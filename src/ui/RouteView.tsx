import type { Route } from '../guidance/needs';
import type { Translator } from '../i18n/i18n';
import { CardList } from './CardList';
import type { EntryDisplay } from './EntryCard';

interface Props {
  i18n: Translator;
  today: string;
  display: EntryDisplay;
  /** Her country, or '' when unknown. */
  country: string;
  route: Route;
  onJobCheck: () => void;
  onNumberCheck: () => void;
}

/**
 * One answer's route: the emergency number (for "in danger now", first and alone), her country's
 * lines that fit, its other lines, what reaches it from elsewhere (labelled so), the tips, and
 * the checks where they fit. Every card names who answers (its operator label).
 */
export function RouteView({ i18n, today, display, country, route, onJobCheck, onNumberCheck }: Props) {
  const { t } = i18n;
  const card = { i18n, today, display };
  const place = country ? i18n.placeName(country) : '';
  const danger = route.need === 'danger';
  return (
    <>
      {route.emergency &&
        (danger ? (
          <section class="route__urgent" aria-labelledby="route-urgent">
            <h3 id="route-urgent" class="group__title">
              {t('need.callNow')}
            </h3>
            <CardList entries={[route.emergency]} {...card} />
          </section>
        ) : (
          <CardList entries={[route.emergency]} {...card} />
        ))}
      {!country && <p class="where__prompt">{t('where.unknown')}</p>}
      {country && (
        <section class="route__lines" aria-labelledby="route-lines">
          <h3 id="route-lines" class="group__title">
            {t('need.linesIn', { country: place })}
          </h3>
          {route.policeLast && route.lines.length > 1 && <p class="route__note">{t('need.policeLast')}</p>}
          {route.lines.length > 0 ? (
            <CardList entries={route.lines} {...card} />
          ) : (
            <p class="route__note">{t('need.noneFit', { country: place })}</p>
          )}
          {route.otherLines.length > 0 && (
            <>
              <h4 class="group__subtitle">{t('need.otherLinesIn', { country: place })}</h4>
              <CardList entries={route.otherLines} {...card} />
            </>
          )}
          {route.reaching.length > 0 && (
            <>
              <h4 class="group__subtitle">{t('home.alsoReaching', { country: place })}</h4>
              <CardList entries={route.reaching} {...card} />
            </>
          )}
        </section>
      )}
      {route.anywhere.length > 0 && (
        <section aria-labelledby="route-anywhere">
          <h3 id="route-anywhere" class="group__title">
            {t('home.fromAnywhere')}
          </h3>
          <CardList entries={route.anywhere} {...card} />
        </section>
      )}
      {!danger && (
        <section class="route__tools" aria-labelledby="route-tools">
          <h3 id="route-tools" class="group__title">
            {t('need.tools')}
          </h3>
          <p class="route__buttons">
            {route.offerJobCheck && (
              <button type="button" class="button" onClick={onJobCheck}>
                {t('job.open')}
              </button>
            )}
            <button type="button" class="button button--secondary" onClick={onNumberCheck}>
              {t('number.open')}
            </button>
          </p>
        </section>
      )}
      {route.tips.length > 0 && (
        <section aria-labelledby="route-tips">
          <h3 id="route-tips" class="group__title">
            {t('need.tips')}
          </h3>
          <CardList entries={route.tips} {...card} />
        </section>
      )}
    </>
  );
}
