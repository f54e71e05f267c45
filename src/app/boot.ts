import { startBrowserEngine } from '../engine/browser-engine';
import type { Engine } from '../engine/engine';
import { useEngineStore, whenEngineReady } from './engine-store';

declare global {
  interface Window {
    /** Handles for browser tests and benchmarks: the same engine the app uses. */
    callsight?: { engine: () => Promise<Engine>; readyMs?: number };
  }
}

/** Starts the engine in the background and records how long it took from navigation start. */
export async function bootEngine(): Promise<void> {
  window.callsight = { engine: whenEngineReady };
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
