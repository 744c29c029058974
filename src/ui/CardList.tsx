import { Component } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { CompiledEntry } from '../data/entry';
import type { Translator } from '../i18n/i18n';
import { EntryCard, type EntryDisplay } from './EntryCard';
import type { ComponentProps } from 'preact';
import type { CardMarks, Marks } from './Marked';
import type { EntryGroup } from './grouping';

interface Props {
  entries: readonly CompiledEntry[];
  i18n: Translator;
  today: string;
  display: EntryDisplay;
  headingLevel?: 3 | 4 | 5;
  /** Ranked results are an ordered list; groups are not. */
  ordered?: boolean;
  /** The search's matched words, marked in each card. */
  marks?: Marks | null | undefined;
  /** The card "Show more" added first: it takes focus, by its id (`focusId`, results-more by default). */
  focusAt?: number | null | undefined;
  focusId?: string;
}

function cardMarks(marks: Marks | null | undefined, id: string): CardMarks | undefined {
  const terms = marks?.terms.get(id);
  return marks && terms ? { terms, ranges: marks.ranges } : undefined;
}

type CardProps = ComponentProps<typeof EntryCard>;

const sameTerms = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((term, i) => term === b[i]);

/**
 * A card drawn again only when what it shows changes: from one keystroke to the next, most of the
 * results are the same entries with the same matched words, and stay as they are.
 */
class Card extends Component<CardProps> {
  override shouldComponentUpdate(next: CardProps): boolean {
    const { entry, i18n, today, display, headingLevel, marks } = this.props;
    const sameMarks = marks === next.marks || (!!marks && !!next.marks && sameTerms(marks.terms, next.marks.terms));
    return (
      entry !== next.entry ||
      i18n !== next.i18n ||
      today !== next.today ||
      display !== next.display ||
      headingLevel !== next.headingLevel ||
      !sameMarks
    );
  }
  override render(props: CardProps) {
    return <EntryCard {...props} />;
  }
}

/** A list of entry cards. */
export function CardList({
  entries,
  i18n,
  today,
  display,
  headingLevel = 4,
  ordered = false,
  marks,
  focusAt,
  focusId = 'results-more',
}: Props) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List class="entry-list">
      {entries.map((entry, i) => (
        <li key={entry.id} {...(i === focusAt ? { id: focusId, tabIndex: -1 } : {})}>
          <Card
            entry={entry}
            i18n={i18n}
            today={today}
            headingLevel={headingLevel}
            display={display}
            marks={cardMarks(marks, entry.id)}
          />
        </li>
      ))}
    </List>
  );
}

interface GroupsProps extends Omit<Props, 'entries' | 'headingLevel' | 'ordered'> {
  groups: readonly EntryGroup[];
  groupTitle: (group: EntryGroup) => string;
  /** Cards each group shows until "Show more" (all when absent): the home screen stays short. */
  limit?: number;
}

/** Groups of cards, each under a heading that names it ("Helplines: Kenya"). */
export function GroupedCards({ groups, groupTitle, limit, ...card }: GroupsProps) {
  return (
    <>
      {groups.map((group) => (
        <section key={group.key} class="group" aria-labelledby={`group-${group.key}`}>
          <h3 id={`group-${group.key}`} class="group__title">
            {groupTitle(group)}
          </h3>
          {limit === undefined ? (
            <CardList entries={group.entries} {...card} />
          ) : (
            <BoundedCards entries={group.entries} limit={limit} groupKey={group.key} {...card} />
          )}
        </section>
      ))}
    </>
  );
}

interface ShowMoreProps {
  i18n: Translator;
  shown: number;
  count: number;
  onMore: (() => void) | undefined;
}

/** "Showing 20 of 120", said politely as it grows, and "Show more". */
export function ShowMore({ i18n, shown, count, onMore }: ShowMoreProps) {
  const { t, language } = i18n;
  return (
    <p class="results__more">
      <span aria-live="polite">
        {t('results.shown', { shown: shown.toLocaleString(language), count: count.toLocaleString(language) })}
      </span>{' '}
      {/* Inside its group's region (named by the group's heading), so it says what it shows more of. */}
      <button type="button" class="button button--secondary" onClick={onMore}>
        {t('results.more')}
      </button>
    </p>
  );
}

interface BoundedProps extends Omit<Props, 'headingLevel' | 'ordered' | 'focusAt' | 'focusId'> {
  limit: number;
  groupKey: string;
}

/**
 * A group's first cards and "Show more" for the next ones (all of them when they are no more than
 * `limit`), focus on the first it adds. How many are open is this screen's alone: the list starts
 * short again whenever it is drawn afresh.
 */
export function BoundedCards({ entries, limit, groupKey, i18n, ...card }: BoundedProps) {
  const [shown, setShown] = useState(limit);
  const focusId = `more-${groupKey}`;
  // Only "Show more" raises `shown`: the first card it added takes focus.
  useEffect(() => {
    if (shown > limit) document.getElementById(focusId)?.focus();
  }, [shown]);
  const more = entries.length > shown;
  return (
    <>
      <CardList
        entries={more ? entries.slice(0, shown) : entries}
        i18n={i18n}
        focusAt={shown > limit ? shown - limit : null}
        focusId={focusId}
        {...card}
      />
      {more && <ShowMore i18n={i18n} shown={shown} count={entries.length} onMore={() => setShown(shown + limit)} />}
    </>
  );
}
