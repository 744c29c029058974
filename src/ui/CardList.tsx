import type { CompiledEntry } from '../data/entry';
import type { Translator } from '../i18n/i18n';
import { EntryCard, type EntryDisplay } from './EntryCard';
import type { EntryGroup } from './grouping';

interface Props {
  entries: readonly CompiledEntry[];
  i18n: Translator;
  today: string;
  display: EntryDisplay;
  headingLevel?: 3 | 4;
  /** Ranked results are an ordered list; groups are not. */
  ordered?: boolean;
  /** Each hit's matched words, by entry id, to mark in its card. */
  terms?: ReadonlyMap<string, readonly string[]> | undefined;
  /** The card "Show more" added first: it takes focus (id results-more). */
  focusAt?: number | null | undefined;
}

/** A list of entry cards. */
export function CardList({ entries, i18n, today, display, headingLevel = 4, ordered = false, terms, focusAt }: Props) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List class="entry-list">
      {entries.map((entry, i) => (
        <li key={entry.id} {...(i === focusAt ? { id: 'results-more', tabIndex: -1 } : {})}>
          <EntryCard
            entry={entry}
            i18n={i18n}
            today={today}
            headingLevel={headingLevel}
            display={display}
            terms={terms?.get(entry.id)}
          />
        </li>
      ))}
    </List>
  );
}

interface GroupsProps extends Omit<Props, 'entries' | 'headingLevel' | 'ordered'> {
  groups: readonly EntryGroup[];
  groupTitle: (group: EntryGroup) => string;
}

/** Groups of cards, each under a heading that names it ("Helplines: Kenya"). */
export function GroupedCards({ groups, groupTitle, ...card }: GroupsProps) {
  return (
    <>
      {groups.map((group) => (
        <section key={group.key} class="group" aria-labelledby={`group-${group.key}`}>
          <h3 id={`group-${group.key}`} class="group__title">
            {groupTitle(group)}
          </h3>
          <CardList entries={group.entries} {...card} />
        </section>
      ))}
    </>
  );
}
