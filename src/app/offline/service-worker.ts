import type { Workbox } from 'workbox-window';
import { CACHE_EVERYTHING, EVERYTHING_CACHED } from '../../sw/files';
import { whenEngineReady } from '../../state/engine-store';
import { useUpdateStore } from './update-store';

/** A first install that never finishes (a stalled network) must not keep the engine from starting. */
const FIRST_INSTALL_WAIT_MS = 60_000;

/**
 * Registers the service worker that keeps the app available offline (built app only) and resolves when
 * the engine may fetch its files. On a first visit that is once the new worker controls the page (the
 * worker's first install fetches only the engine's files), so the engine's 34 MB wasm comes from the cache
 * the worker just filled instead of being downloaded a second time.
 * A later version never takes over by itself: it is announced, and the user chooses when to reload.
 */
export async function startOfflineSupport(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // Another tab took the new version: this tab's code is now older than the worker's files, so say so here too.
  const hadController = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (hadController && !reloading) {
      useUpdateStore.setState({ waiting: true, activate: () => window.location.reload() });
    }
  });
  // Its small library loads beside the first screen, not as part of it.
  const { Workbox } = await import('workbox-window');
  // Relative to the page, so the app works from any sub-path.
  const workbox = new Workbox('./sw.js', { scope: './' });
  workbox.addEventListener('waiting', () => announceUpdate(workbox));
  let registration: ServiceWorkerRegistration | undefined;
  try {
    registration = await workbox.register({ immediate: true });
  } catch {
    // An insecure origin (plain http other than localhost) or a blocked worker: the app still runs online.
    return;
  }
  // Once the engine runs, the worker fetches what else the app may need (charts, decoders, the sample); a
  // no-op when all of it is cached already.
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string; fetched?: number }>) => {
    if (event.data.type === EVERYTHING_CACHED && (event.data.fetched ?? 0) > 0) {
      useUpdateStore.setState({ nowOffline: true });
    }
  });
  void whenEngineReady().then(
    () => navigator.serviceWorker.controller?.postMessage({ type: CACHE_EVERYTHING }),
    () => undefined,
  );
  const installing = registration?.installing;
  if (!registration || registration.active || navigator.serviceWorker.controller || !installing) return;
  await new Promise<void>((resolve) => {
    navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
    installing.addEventListener('statechange', () => {
      if (installing.state === 'redundant') resolve();
    });
    setTimeout(resolve, FIRST_INSTALL_WAIT_MS);
  });
}

/** Set once the user chose to reload into the new version in this tab. */
let reloading = false;

function announceUpdate(workbox: Workbox): void {
  useUpdateStore.setState({
    waiting: true,
    activate: () => {
      reloading = true;
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    },
  });
}
