/**
 * What the search worker does with each message (see search-protocol.ts), apart from the worker
 * itself, so the tests can drive it in Node: one dataset and language at a time, answered in the
 * order the messages come.
 */
import { createDirectorySearch, loadDirectorySearch, type DirectorySearch } from './directory-search';
import { answerQuery, type FromWorker, type ToWorker } from './search-protocol';

export type Reply = (message: FromWorker, transfer?: Transferable[]) => void;

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A handler for the page's messages, answering through `reply`. */
export function createWorkerHandler(reply: Reply): (message: ToWorker) => void {
  let engine: DirectorySearch | null = null;
  return (message) => {
    switch (message.type) {
      case 'build': {
        engine = createDirectorySearch(message.entries, message.vocabulary);
        if (!message.serialize) return reply({ type: 'ready', key: message.key });
        const stored = engine.serialize();
        return reply({ type: 'ready', key: message.key, stored }, [stored]);
      }
      case 'load':
        try {
          engine = loadDirectorySearch(message.stored);
          return reply({ type: 'ready', key: message.key });
        } catch (error) {
          return reply({ type: 'unusable', key: message.key, reason: reason(error) });
        }
      case 'search':
        if (!engine) return reply({ type: 'failed', id: message.id, reason: 'Nothing is indexed yet' });
        try {
          return reply({
            type: 'answer',
            id: message.id,
            answer: answerQuery(engine, message.query, message.country, message.limit),
          });
        } catch (error) {
          return reply({ type: 'failed', id: message.id, reason: reason(error) });
        }
    }
  };
}
