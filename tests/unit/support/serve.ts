/** A static "server" over a compiled directory's files, for update tests without a network. */
import type { CompiledDirectory } from '../../../scripts/resources/compile';
import type { SyncContext } from '../../../src/data/directory-sync';
import type { DirectoryStore } from '../../../src/data/store';

export const BASE = 'https://waypoint.test/app/';

/** Changes the answer for one path: a Response (or a promise of one), or null to answer normally. */
export type Fault = (path: string, body: string) => Response | Promise<Response> | null;

/** Serves `site`, recording every path fetched and the options it was fetched with. */
export function serve(site: CompiledDirectory, fault?: Fault) {
  const requested: string[] = [];
  const inits: (RequestInit | undefined)[] = [];
  const fetch = async (url: string, init?: RequestInit) => {
    const path = new URL(url).pathname.replace('/app/', '');
    requested.push(path);
    inits.push(init);
    const body = site.files.get(path);
    if (body === undefined) return new Response('not found', { status: 404 });
    return (await fault?.(path, body)) ?? new Response(body, { status: 200 });
  };
  return { fetch, requested, inits };
}

export function context(store: DirectoryStore, fetch: SyncContext['fetch'], signingKeys: readonly string[] = []): SyncContext {
  return { store, fetch, baseUrl: BASE, signingKeys };
}
