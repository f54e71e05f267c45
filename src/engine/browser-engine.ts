import { AsyncDuckDB, ConsoleLogger, LogLevel, selectBundle, type DuckDBBundles } from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { AsyncEngine } from './async-engine';
import type { Engine } from './engine';

// Self-hosted bundles only: the app must work offline and never reach a CDN.
const BUNDLES: DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

let starting: Promise<Engine> | null = null;

/** Starts the browser engine once; every caller shares the same loading promise. */
export function startBrowserEngine(): Promise<Engine> {
  starting ??= open().catch((error: unknown) => {
    starting = null;
    throw error;
  });
  return starting;
}

async function open(): Promise<Engine> {
  const bundle = await selectBundle(BUNDLES);
  const workerUrl = new URL(bundle.mainWorker ?? ehWorker, document.baseURI).href;
  const worker = new Worker(workerUrl);
  const db = new AsyncDuckDB(new ConsoleLogger(LogLevel.WARNING), worker);
  await db.instantiate(new URL(bundle.mainModule, document.baseURI).href);
  return AsyncEngine.open(db);
}
