import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A part of the screen that loads as a chunk of its own the first time it is shown, so the first
 * page stays small on a cheap phone (the service worker precaches the chunk: it works offline).
 * Until it has loaded, nothing is drawn in its place.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  return function LazyPart(props: P) {
    const [part, setPart] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (part) return;
      let live = true;
      loading ??= load().then((component) => {
        loaded = component;
        return component;
      });
      loading.then((component) => live && setPart(() => component));
      return () => {
        live = false;
      };
    }, [part]);
    const Part = part;
    return Part ? <Part {...props} /> : null;
  };
}
