/**
 * The six answers of "What do I need now?", in the order the first screen offers them. Apart
 * from needs.ts so the first page can show them without the routing rules (loaded on first use).
 */
export const NEEDS = ['danger', 'documents', 'unfree', 'job-online', 'got-away', 'helping'] as const;
export type Need = (typeof NEEDS)[number];
