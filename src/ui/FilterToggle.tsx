/**
 * The "Filters" disclosure: a button beside the search box that says how many filters are on. The
 * panel it opens (FilterPanel.tsx) loads the first time it opens (see app/search-extras.ts).
 */
import type { Translate } from '../i18n/i18n';

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
      class="button button--secondary"
      aria-expanded={open}
      aria-controls={open ? 'filters' : undefined}
      onClick={onToggle}
    >
      {t('filters.toggle')}
      {count > 0 && ` (${count})`}
    </button>
  );
}
