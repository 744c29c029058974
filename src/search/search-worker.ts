/**
 * The search in a module worker: the index is built (or loaded from its stored form) and queried
 * here, so typing never waits for the engine on the page's thread. What it does with each message
 * is worker-handler.ts.
 */
import type { ToWorker } from './search-protocol';
import { createWorkerHandler } from './worker-handler';

const handle = createWorkerHandler((message, transfer = []) => postMessage(message, transfer));

addEventListener('message', (event: MessageEvent<ToWorker>) => handle(event.data));
