import { startBrowserEngine } from '../engine/browser-engine';
import type { Engine } from '../engine/engine';
import { sql } from '../sql';
import { useEngineStore, whenEngineReady } from './engine-store';

declare global {
  interface Window {
    /** Handles for browser tests and benchmarks: the same engine the app uses. */
    callsight?: {
      engine: () => Promise<Engine>;
      readyMs?: number;
      /** Reads a CSV file into a table in place and returns the milliseconds it took. */
      benchIngestCsv?: (file: File) => Promise<number>;
    };
  }
}

/** Starts the engine in the background and records how long it took from navigation start. */
export async function bootEngine(): Promise<void> {
  window.callsight = { engine: whenEngineReady, benchIngestCsv };
  try {
    const engine = await startBrowserEngine();
    const version = await engine.version();
    const startMs = performance.now();
    window.callsight.readyMs = startMs;
    useEngineStore.setState({ status: 'ready', engine, version, startMs }, true);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    useEngineStore.setState({ status: 'failed', message }, true);
  }
}

async function benchIngestCsv(file: File): Promise<number> {
  const engine = await whenEngineReady();
  const started = performance.now();
  await engine.registerFile(file.name, file);
  await engine.query(sql`create or replace table bench_calls as select * from read_csv(${file.name})`);
  const elapsed = performance.now() - started;
  await engine.query('drop table bench_calls');
  await engine.dropFile(file.name);
  return elapsed;
}
