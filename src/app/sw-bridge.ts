/**
 * The page's one door to the service worker (the only workbox-window user). The worker is built
 * with `registerType: 'prompt'`: a new version waits until the user taps "Update", so nothing
 * reloads under her fingers.
 */
import type { Workbox } from 'workbox-window';
import { reloadUnlessExiting } from '../safety/exit-latch';

export interface ServiceWorkerBridge {
  /** Activates the waiting version and reloads into it (unless an exit has begun meanwhile). */
  applyUpdate(): void;
  /**
   * Removes the app's offline copy: every service worker of this origin and every Cache Storage
   * cache. Used by "Remove this app's data from this device".
   */
  removeFromDevice(): Promise<void>;
}

export function startServiceWorker(onUpdateReady: () => void): ServiceWorkerBridge {
  const supported = 'serviceWorker' in navigator && import.meta.env.PROD;
  let workbox: Workbox | null = null;
  // workbox-window is a chunk of its own, loaded as the page starts rather than before its first
  // paint. A failed registration (private mode, storage off) leaves the app working online.
  const registering: Promise<unknown> = supported
    ? import('workbox-window')
        .then(({ Workbox }) => {
          workbox = new Workbox('sw.js', { scope: './' });
          workbox.addEventListener('waiting', () => onUpdateReady());
          return workbox.register();
        })
        .catch(() => undefined)
    : Promise.resolve();

  async function unregister(): Promise<void> {
    if (!('serviceWorker' in navigator)) return;
    // A registration still on its way would land after the removal and bring the worker back.
    await registering;
    const registrations = await navigator.serviceWorker.getRegistrations();
    await Promise.all(registrations.map((registration) => registration.unregister()));
  }

  return {
    applyUpdate() {
      // "Update" is offered only after the worker's 'waiting' event, so workbox is there by then.
      if (!workbox) return;
      // Reload once the new worker controls the page; reload() adds no history entry. Never over
      // a quick exit tapped meanwhile: the reload would abort it and bring the app back.
      workbox.addEventListener('controlling', reloadUnlessExiting);
      workbox.messageSkipWaiting();
    },
    async removeFromDevice() {
      await unregister();
      if (typeof caches === 'undefined') return;
      const names = await caches.keys();
      await Promise.all(names.map((name) => caches.delete(name)));
    },
  };
}
