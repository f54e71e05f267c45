/// <reference lib="webworker" />
import { PrecacheController, PrecacheRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { cacheMissing } from './cache-missing';
import { CACHE_EVERYTHING, EVERYTHING_CACHED, isEngineFile, isOnDemandEngine } from './files';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };

const url = (entry: string | PrecacheEntry) => (typeof entry === 'string' ? entry : entry.url);
const manifest = self.__WB_MANIFEST;
// Named per scope: two copies of the app under different paths of one origin keep apart.
const cacheName = (part: string) => `callsight-${part}-${self.registration.scope}`;

// What the engine needs to start: on a first visit the page waits for these before it starts the engine,
// so they are the only files the install fetches then.
const engine = new PrecacheController({ cacheName: cacheName('engine') });
engine.addToCacheList(manifest.filter((e) => isEngineFile(url(e)) && !isOnDemandEngine(url(e))));
// Everything else the app may load later (charts, decoders, the sample), fetched once the engine is ready.
const rest = new PrecacheController({ cacheName: cacheName('rest') });
rest.addToCacheList(manifest.filter((e) => !isEngineFile(url(e))));
// The mvp build is only loaded by browsers without WebAssembly exceptions: cached the first time it is used.
const onDemand = new Set(
  manifest.filter((e) => isOnDemandEngine(url(e))).map((e) => new URL(url(e), self.location.href).href),
);
const ON_DEMAND_CACHE = cacheName('on-demand');

self.addEventListener('install', (event) => {
  const firstInstall = !self.registration.active;
  // An update installs everything before it is announced, so the new version is whole offline from its first start.
  event.waitUntil(firstInstall ? engine.install(event) : Promise.all([engine.install(event), rest.install(event)]));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await Promise.all([engine.activate(event), rest.activate(event), dropOldOnDemand()]);
      // Takes only pages that have no worker yet: an update activates when the user reloads or every tab closed.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const type = (event.data as { type?: string } | null)?.type;
  if (type === CACHE_EVERYTHING) {
    event.waitUntil(
      cacheMissing(rest).then((fetched) => event.source?.postMessage({ type: EVERYTHING_CACHED, fetched })),
    );
  }
  // Sent by the page only when the user chose to reload into the new version.
  if (type === 'SKIP_WAITING') void self.skipWaiting();
});

registerRoute(new PrecacheRoute(engine));
registerRoute(new PrecacheRoute(rest));
registerRoute(({ url: requested }) => onDemand.has(requested.href), new CacheFirst({ cacheName: ON_DEMAND_CACHE }));
registerRoute(new NavigationRoute(engine.createHandlerBoundToURL('index.html')));

async function dropOldOnDemand(): Promise<void> {
  const cache = await caches.open(ON_DEMAND_CACHE);
  for (const request of await cache.keys()) if (!onDemand.has(request.url)) await cache.delete(request);
}
