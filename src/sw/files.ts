/** The message a page sends once its engine is ready: cache every other file of this version now. */
export const CACHE_EVERYTHING = 'CACHE_EVERYTHING';
/** The worker's answer once every file is cached, with how many it had to fetch for it. */
export const EVERYTHING_CACHED = 'EVERYTHING_CACHED';

/**
 * Files the engine needs to start: the page, its entry script and style, the engine's JavaScript and the
 * DuckDB worker and wasm. Paths as in the precache manifest (relative to the app's root).
 */
export function isEngineFile(path: string): boolean {
  return (
    path === 'index.html' ||
    path === 'manifest.webmanifest' ||
    /^icons\//.test(path) ||
    /^assets\/(index|browser-engine|Arrow\.dom)-[\w-]+\.(js|css)$/.test(path) ||
    /^assets\/duckdb-/.test(path)
  );
}

/** The mvp engine build: loaded only by browsers without WebAssembly exceptions, cached when first used. */
export function isOnDemandEngine(path: string): boolean {
  return /^assets\/duckdb-mvp-[\w-]+\.wasm$/.test(path);
}
