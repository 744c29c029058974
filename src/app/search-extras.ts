/**
 * What search adds once she uses it, as one chunk loaded on first use (the first page carries
 * none of it): finding matched words in a card's text, the filters' predicates and options, and
 * the filters' panel.
 */
export { entryFilter, filterOptions, listPassing } from '../search/filters';
export { matchRanges } from '../search/highlight';
export { FilterPanel } from '../ui/FilterPanel';
