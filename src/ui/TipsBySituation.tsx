import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Situation } from '../data/entry';
import type { MessageKey, Translator } from '../i18n/i18n';
import { CardList } from './CardList';
import type { EntryDisplay } from './EntryCard';
import type { EntryGroup } from './grouping';

interface Props {
  i18n: Translator;
  today: string;
  display: EntryDisplay;
  /** Tip groups, one per situation (groupTips). */
  groups: readonly EntryGroup[];
  /** Shown at the top of a situation's tips: the browser-aware steps for covering tracks. */
  extras?: Partial<Record<Situation, ComponentChildren>>;
}

/** A situation's heading, or the general one for tips that name none. */
export function situationTitle(t: Translator['t'], situation: Situation | undefined): string {
  return situation ? t(`tips.situation.${situation}` as MessageKey) : t('group.tips');
}

/**
 * Tips grouped by the situation she is in, each situation a closed disclosure: seven short lines
 * on a phone, so her country's help stays the first screen and she opens only what she needs.
 * A closed situation draws no cards (the home screen stays small on a cheap phone); what is open
 * goes when the screen is rebuilt on Quick exit and kiosk reset.
 */
export function TipsBySituation({ i18n, today, display, groups, extras = {} }: Props) {
  const { t } = i18n;
  if (groups.length === 0) return null;
  return (
    <section class="group tips" aria-labelledby="tips-heading">
      <h3 id="tips-heading" class="group__title">
        {t('tips.title')}
      </h3>
      {groups.map((group) => (
        <SituationTips
          key={group.key}
          group={group}
          extra={group.situation && extras[group.situation]}
          {...{ i18n, today, display }}
        />
      ))}
    </section>
  );
}

interface SituationProps extends Pick<Props, 'i18n' | 'today' | 'display'> {
  group: EntryGroup;
  extra: ComponentChildren;
}

/** One situation: its title and count, and its tips once she opens it. */
function SituationTips({ group, extra, i18n, today, display }: SituationProps) {
  const [open, setOpen] = useState(false);
  return (
    <details
      class="situation"
      data-situation={group.situation ?? 'other'}
      open={open}
      onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary class="situation__summary">
        <h4 class="situation__title">{situationTitle(i18n.t, group.situation)}</h4>{' '}
        <span class="situation__count">({group.entries.length.toLocaleString(i18n.language)})</span>
      </summary>
      {open && (
        <div class="situation__body">
          {extra}
          <CardList entries={group.entries} i18n={i18n} today={today} display={display} headingLevel={5} />
        </div>
      )}
    </details>
  );
}
