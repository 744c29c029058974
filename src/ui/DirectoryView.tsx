import type { CompiledEntry } from '../data/entry';
import type { Translator } from '../i18n/i18n';
import type { MessageKey } from '../i18n/i18n';
import type { BrowserClues } from '../safety/browser-detect';
import { isListedByCountry } from '../rules/kinds';
import { helpFor } from '../rules/country-help';
import { CardList, GroupedCards, ShowMore } from './CardList';
import type { EntryDisplay } from './EntryCard';
import { groupDirectory, type EntryGroup } from './grouping';
import { HomeView, type MissingLineContact } from './HomeView';
import type { Marks } from './Marked';
import { NoCoverage } from './NoCoverage';
import { situationTitle } from './TipsBySituation';

/** Cards the results show at first and add with each "Show more": a keystroke never renders more. */
export const RESULTS_PAGE = 20;

/** The first screen: her country's help, the rest on request. */
export interface HomeOptions {
  showAllCountries: boolean;
  onToggleAllCountries: () => void;
  missingLine?: MissingLineContact | undefined;
  /** What her browser says of itself, for the "cover your tracks" steps among the tips. */
  clues: BrowserClues;
}

interface Props {
  i18n: Translator;
  today: string;
  query: string;
  /** The whole directory (shown grouped when the query is empty). */
  entries: readonly CompiledEntry[];
  /** Matches for the query, best first. */
  results: readonly CompiledEntry[];
  /** Close matches to offer when nothing matches. */
  nearest: readonly CompiledEntry[];
  country: string;
  display: EntryDisplay;
  /** The country the query names, if it names one. */
  namedCountry?: string | null;
  /** Given on the home screen (not for the Saved view, which lists what is saved). */
  home?: HomeOptions | undefined;
  /** The search's matched words, marked in each card. */
  marks?: Marks | null | undefined;
  /** With filters on and nothing typed: the entries that pass (listed instead of the home screen). */
  filtered?: readonly CompiledEntry[] | null | undefined;
  /** Filters are on: an empty answer offers to clear them. */
  filtersOn?: boolean;
  onClearFilters?: () => void;
  /** Results shown (the rest behind "Show more", a page at a time). */
  shown?: number;
  onShowMore?: () => void;
}

const GROUP_TITLES: Record<string, MessageKey> = {
  programme: 'group.programmes',
  publication: 'group.publications',
  tip: 'group.tips',
};

function groupTitle(group: EntryGroup, i18n: Translator): string {
  if (group.kind === 'emergency') return i18n.t('group.emergencyIn', { country: i18n.placeName(group.country ?? '') });
  if (isListedByCountry(group.kind)) {
    const place = group.country ? i18n.placeName(group.country) : i18n.t('place.global');
    return group.kind === 'helpline'
      ? i18n.t('group.helplinesIn', { country: place })
      : i18n.t('group.servicesIn', { country: place });
  }
  if (group.kind === 'tip') return situationTitle(i18n.t, group.situation);
  return i18n.t(GROUP_TITLES[group.kind]!);
}

/** The results area: grouped directory, search results, or "nothing matches" with what is near. */
export function DirectoryView({
  i18n,
  today,
  query,
  entries,
  results,
  nearest,
  country,
  display,
  namedCountry,
  home,
  marks,
  filtered,
  filtersOn = false,
  onClearFilters,
  shown = Number.POSITIVE_INFINITY,
  onShowMore,
}: Props) {
  const { t } = i18n;
  const searching = query.trim().length > 0;
  // Filters on with nothing typed list what passes, like an answer.
  const listing = searching ? results : (filtered ?? null);
  // A query naming a country with no line of its own gets the honest answer before what reaches it.
  const uncovered =
    searching && namedCountry && !results.some((entry) => entry.kind !== 'emergency' && entry.countries.includes(namedCountry))
      ? i18n.placeName(namedCountry)
      : null;
  const card = { i18n, today, display };
  return (
    <section id="results" class="results" aria-labelledby="results-heading" tabIndex={-1}>
      {listing ? (
        <>
          <h2 id="results-heading" class="results__count" aria-live="polite">
            {listing.length > 0
              ? i18n.plural('results.count', listing.length)
              : filtersOn
                ? t('filters.none')
                : t('results.none', { query })}
          </h2>
          {uncovered && <NoCoverage i18n={i18n} place={uncovered} />}
          {listing.length > 0 ? (
            <>
              <CardList
                entries={listing.length > shown ? listing.slice(0, shown) : listing}
                ordered={searching}
                headingLevel={3}
                marks={searching ? marks : undefined}
                // The first card the last "Show more" added takes focus.
                focusAt={shown > RESULTS_PAGE ? shown - RESULTS_PAGE : null}
                {...card}
              />
              {listing.length > shown && <ShowMore i18n={i18n} shown={shown} count={listing.length} onMore={onShowMore} />}
            </>
          ) : filtersOn ? (
            // Never a dead end: the filters are what to change.
            <p>
              <button type="button" class="button button--secondary" onClick={onClearFilters}>
                {t('filters.clear')}
              </button>
            </p>
          ) : nearest.length > 0 ? (
            <>
              <h3 class="results__near">{t('results.near')}</h3>
              <CardList entries={nearest} {...card} />
            </>
          ) : (
            <p>{t('results.noneNear')}</p>
          )}
        </>
      ) : home ? (
        <>
          <h2 id="results-heading" class="visually-hidden">
            {i18n.plural('status.entries', entries.length)}
          </h2>
          <HomeView
            i18n={i18n}
            today={today}
            display={display}
            country={country}
            help={helpFor(entries, country)}
            shared={groupDirectory(
              entries.filter((entry) => !isListedByCountry(entry.kind)),
              country,
              i18n.placeName,
              i18n.language,
            )}
            others={
              home.showAllCountries
                ? groupDirectory(
                    entries.filter(
                      (entry) =>
                        isListedByCountry(entry.kind) && entry.kind !== 'emergency' && !entry.countries.includes(country),
                    ),
                    country,
                    i18n.placeName,
                    i18n.language,
                  )
                : null
            }
            onToggleOthers={home.onToggleAllCountries}
            groupTitle={(group) => groupTitle(group, i18n)}
            missingLine={home.missingLine}
            clues={home.clues}
          />
        </>
      ) : (
        <>
          <h2 id="results-heading" class="visually-hidden">
            {i18n.plural('status.entries', entries.length)}
          </h2>
          <GroupedCards
            groups={groupDirectory(entries, country, i18n.placeName, i18n.language)}
            groupTitle={(group) => groupTitle(group, i18n)}
            {...card}
          />
        </>
      )}
    </section>
  );
}
