/**
 * The "Filters" disclosure: a button beside the search box that says how many filters are on,
 * and the panel it opens, whose code loads the first time it opens.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../i18n/i18n';
import type { FilterPanelProps } from './FilterPanel';

interface ToggleProps {
  t: Translate;
  count: number;
  open: boolean;
  onToggle: () => void;
}

export function FilterToggle({ t, count, open, onToggle }: ToggleProps) {
  return (
    <button
      type="button"
      id="filters-toggle"
      class={count > 0 ? 'button button--secondary filters-toggle filters-toggle--on' : 'button button--secondary filters-toggle'}
      aria-expanded={open}
      aria-controls={open ? 'filters' : undefined}
      onClick={onToggle}
    >
      {count > 0 ? t('filters.toggleCount', { count }) : t('filters.toggle')}
    </button>
  );
}

let panelModule: Promise<typeof import('./FilterPanel')> | null = null;

/** The panel, once its chunk has loaded (a few milliseconds from the precache). */
export function LazyFilterPanel(props: FilterPanelProps) {
  const [Panel, setPanel] = useState<ComponentType<FilterPanelProps> | null>(null);
  useEffect(() => {
    let live = true;
    panelModule ??= import('./FilterPanel');
    panelModule.then(
      (module) => live && setPanel(() => module.FilterPanel),
      () => (panelModule = null),
    );
    return () => {
      live = false;
    };
  }, []);
  return Panel ? <Panel {...props} /> : null;
}
