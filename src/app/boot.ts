import type { Engine } from '../engine/engine';
import { raw, type Fragment } from '../sql';
import { benchIngest, type BenchIngest } from './data/bench-hooks';
import { useEngineStore, whenEngineReady } from './engine-store';
import { startWarmUp } from './warm-up';

declare global {
  interface Window {
    /** Handles for browser tests and benchmarks: the same engine the app uses. */
    callsight?: {
      engine: () => Promise<Engine>;
      /** A test's or benchmark's own constant statement text as a statement (the engine takes nothing else). */
      raw: (text: string) => Fragment;
      readyMs?: number;
      /** Reads a CSV file into a table through the real ingest path and returns the milliseconds it took. */
      benchIngestCsv?: (file: File) => Promise<number>;
      /** Loads any supported file through the real ingest path; reports time, rows and memory, keeps nothing. */
      benchIngest?: (file: File, keep?: boolean) => Promise<BenchIngest>;
      /** Set once the ingest warm-up has finished or stopped (benchmarks wait for it, as a user picking a file would). */
      warmedUp?: boolean;
    };
  }
}

/** Starts the engine in the background and records how long it took from navigation start. */
export async function bootEngine(): Promise<void> {
  window.callsight = {
    engine: whenEngineReady,
    raw,
    benchIngestCsv: async (file) => (await benchIngest(await whenEngineReady(), file)).ms,
    benchIngest: async (file, keep) => benchIngest(await whenEngineReady(), file, undefined, keep),
  };
  try {
    // The engine's JavaScript (duckdb-wasm bindings, Arrow) loads beside the first screen, not before it.
    const { startBrowserEngine } = await import('../engine/browser-engine');
    const engine = await startBrowserEngine();
    const version = await engine.version();
    const startMs = performance.now();
    window.callsight.readyMs = startMs;
    useEngineStore.setState({ status: 'ready', engine, version, startMs }, true);
    startWarmUp(engine, () => {
      if (window.callsight) window.callsight.warmedUp = true;
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    useEngineStore.setState({ status: 'failed', message }, true);
  }
}
