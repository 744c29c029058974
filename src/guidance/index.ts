/**
 * The guidance engine as one chunk: the app loads it when she first opens "What do I need now?"
 * or a check, so the first page carries none of it (the service worker precaches it for offline).
 */
export { checkJobOffer } from './job-check';
export { routeFor } from './needs';
export { checkNumber } from './number-check';
