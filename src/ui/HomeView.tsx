import type { Translator } from '../i18n/i18n';
import { safeHref } from '../safety/links';
import type { CountryHelp } from '../rules/country-help';
import { BoundedCards, CardList, GroupedCards } from './CardList';
import type { EntryDisplay } from './EntryCard';
import type { EntryGroup } from './grouping';
import { NoCoverage } from './NoCoverage';
import { TipsBySituation } from './TipsBySituation';
import { lazyPart } from './lazy-part';
import type { BrowserClues } from '../safety/browser-detect';

// The steps for covering her tracks load as a chunk of their own, not with the first page.
const CoverTracks = lazyPart(() => import('./CoverTracks').then((module) => module.CoverTracks));

/**
 * Cards each shared group (tips, programmes, guides) shows before "Show more": the first screen
 * renders a bounded number of cards however large the directory grows.
 */
export const HOME_GROUP_LIMIT = 4;

/**
 * Cards each part of her country's help shows before "Show more". No country in the directory
 * has this many lines of its own today; a deployment that adds hundreds keeps a short first screen.
 * The emergency numbers are outside it, always shown.
 */
export const HOME_HELP_LIMIT = 8;

/** Where a deployment asks to hear of a missing line (optional). */
export interface MissingLineContact {
  name: string;
  href: string;
}

interface Props {
  i18n: Translator;
  today: string;
  display: EntryDisplay;
  /** Her country, or '' when unknown. */
  country: string;
  help: CountryHelp;
  /** Tips, programmes and publications: for everyone. */
  shared: readonly EntryGroup[];
  /** Every other country's lines, when she asked for them; null otherwise. */
  others: readonly EntryGroup[] | null;
  onToggleOthers: () => void;
  groupTitle: (group: EntryGroup) => string;
  missingLine?: MissingLineContact | undefined;
  /** What her browser says of itself: the "cover your tracks" steps are written for it first. */
  clues: BrowserClues;
}

/**
 * The first screen's results: her country's help (emergency numbers first, then its own lines,
 * then what else reaches it), an honest word when it has no verified line, then what is for
 * everyone (tips by situation, then programmes and publications). Other countries only on
 * request, so the first screen stays short on a cheap phone.
 */
export function HomeView({
  i18n,
  today,
  display,
  country,
  help,
  shared,
  others,
  onToggleOthers,
  groupTitle,
  missingLine,
  clues,
}: Props) {
  const { t } = i18n;
  const card = { i18n, today, display };
  const place = country ? i18n.placeName(country) : '';
  const tellUs = missingLine ? safeHref(missingLine.href) : null;
  return (
    <>
      {country && (
        <section class="group group--here" aria-labelledby="help-heading">
          <h3 id="help-heading" class="group__title" tabIndex={-1}>
            {t('home.helpIn', { country: place })}
          </h3>
          {help.own.length === 0 && <NoCoverage i18n={i18n} place={place} />}
          {help.emergency && <CardList entries={[help.emergency]} {...card} />}
          <BoundedCards entries={help.own} limit={HOME_HELP_LIMIT} groupKey="here-own" {...card} />
          {help.reaching.length > 0 && (
            <>
              <h4 class="group__subtitle">{t('home.alsoReaching', { country: place })}</h4>
              <BoundedCards entries={help.reaching} limit={HOME_HELP_LIMIT} groupKey="here-reaching" {...card} />
            </>
          )}
          {help.anywhere.length > 0 && (
            <>
              <h4 class="group__subtitle">{t('home.fromAnywhere')}</h4>
              <BoundedCards entries={help.anywhere} limit={HOME_HELP_LIMIT} groupKey="here-anywhere" {...card} />
            </>
          )}
          {tellUs && missingLine && (
            <p class="tell-us">
              {t('home.tellUs')} <a href={tellUs}>{t('home.tellUsLink', { name: missingLine.name })}</a>
            </p>
          )}
        </section>
      )}
      <TipsBySituation
        groups={shared.filter((group) => group.kind === 'tip')}
        extras={{ 'covering-tracks': <CoverTracks i18n={i18n} clues={clues} /> }}
        {...card}
      />
      <GroupedCards
        groups={shared.filter((group) => group.kind !== 'tip')}
        groupTitle={groupTitle}
        limit={HOME_GROUP_LIMIT}
        {...card}
      />
      <p class="show-all">
        <button type="button" class="button button--secondary" aria-expanded={others !== null} onClick={onToggleOthers}>
          {others ? t('home.hideAll') : t('home.showAll')}
        </button>
      </p>
      {/* She asked for every country: all of them, each whole. */}
      {others && <GroupedCards groups={others} groupTitle={groupTitle} {...card} />}
    </>
  );
}
