/// <reference lib="webworker" />
import type { PrecacheController } from 'workbox-precaching';

/**
 * Caches, under the precache's own keys, every file of the list that is not cached yet, and returns how many
 * it fetched. Workbox's `install()` does this only inside an install event; this runs on the page's message.
 * One file at a time, as Workbox does, so a slow network is not flooded.
 */
export async function cacheMissing(controller: PrecacheController): Promise<number> {
  const cache = await caches.open(controller.strategy.cacheName);
  let fetched = 0;
  for (const [url, cacheKey] of controller.getURLsToCacheKeys()) {
    if (await cache.match(cacheKey)) continue;
    // A key that differs from the URL carries a revision: the file's URL does not change with it, so skip the HTTP cache.
    const response = await fetch(url, { cache: cacheKey === url ? 'default' : 'reload', credentials: 'same-origin' });
    if (!response.ok) throw new Error(`${url} could not be cached: HTTP ${response.status}`);
    await cache.put(cacheKey, response);
    fetched++;
  }
  return fetched;
}
