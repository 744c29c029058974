/** `npm run bench`: every benchmark, each printing its table. */
import { chromiumSearch } from './chromium-search.ts';
import { lighthouseBench } from './lighthouse.ts';
import { searchSpeed } from './search-speed.ts';
import { updateSize } from './update-size.ts';

updateSize();
await searchSpeed();
await chromiumSearch();
await lighthouseBench();
