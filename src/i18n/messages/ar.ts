import type { Messages } from './en';

/** Placeholder: filled in by translation. Missing keys fall back to English. */
export const ar: Partial<Messages> = {};
