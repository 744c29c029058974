/**
 * "Listen" as a chunk of its own: offered only where the device has a local voice, and drawn a
 * moment after the text it reads, so the first page does not carry it.
 */
import { lazyPart } from './lazy-part';

export const ListenButton = lazyPart(() => import('./ListenButton').then((module) => module.ListenButton));
