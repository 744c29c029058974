/** `npm run bench`: every benchmark, each printing its table. */
import { searchSpeed } from './search-speed.ts';
import { updateSize } from './update-size.ts';

updateSize();
await searchSpeed();
