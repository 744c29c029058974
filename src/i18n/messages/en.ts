/**
 * English interface text: the reference every translation follows, key for key. It lives in two
 * parts so that the first page carries only what it shows (src/i18n/english/first.ts); the text of
 * screens that load on use follows in a chunk of its own (src/i18n/english/later.ts). Add a key to
 * the part whose screen uses it: tests/unit/english-split.test.ts says which.
 */
import { enFirst } from '../english/first';
import { enLater } from '../english/later';

export const en = { ...enFirst, ...enLater } as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
