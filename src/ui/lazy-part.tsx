import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadEnglishLater } from '../i18n/i18n';

/**
 * A part of the screen that loads as a chunk of its own the first time it is shown, so the first
 * page stays small on a cheap phone (the service worker precaches the chunk: it works offline).
 * Until it has loaded, with the English text such screens use (the fallback of every language),
 * nothing is drawn in its place.
 */
/** A lazily loaded part, which can also be fetched ahead (a kiosk fetches its own parts at start). */
export type LazyPart<P extends object> = ComponentType<P> & { preload(): Promise<void> };

export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const fetchPart = () => {
    loading ??= Promise.all([load(), loadEnglishLater()]).then(
      ([component]) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        // A failed fetch (offline before the chunk was stored) is tried again next time.
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  function LazyPart(props: P) {
    const [part, setPart] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (part) return;
      let live = true;
      fetchPart().then(
        (component) => live && setPart(() => component),
        () => undefined,
      );
      return () => {
        live = false;
      };
    }, [part]);
    const Part = part;
    return Part ? <Part {...props} /> : null;
  }
  return Object.assign(LazyPart, { preload: () => fetchPart().then(() => undefined) });
}
