import type { CompiledEntry } from '../data/entry';
import type { Translator } from '../i18n/i18n';
import { EntryCard, type EntryDisplay } from './EntryCard';
import type { EntryGroup } from './grouping';

interface Props {
  entries: readonly CompiledEntry[];
  i18n: Translator;
  today: string;
  display: EntryDisplay;
  headingLevel?: 3 | 4 | 5;
  /** Ranked results are an ordered list; groups are not. */
  ordered?: boolean;
}

/** A list of entry cards. */
export function CardList({ entries, i18n, today, display, headingLevel = 4, ordered = false }: Props) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List class="entry-list">
      {entries.map((entry) => (
        <li key={entry.id}>
          <EntryCard entry={entry} i18n={i18n} today={today} headingLevel={headingLevel} display={display} />
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
