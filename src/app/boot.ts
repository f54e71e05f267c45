import { useEngineStore, whenEngineReady } from '../state/engine-store';
import { startWarmUp } from '../state/warm-up';

/**
 * Starts the engine in the background and records how long it took from navigation start. Test and bench builds
 * (`vite build --mode test`) also put their handles on `window`; a production build carries none of that code.
 */
export async function bootEngine(): Promise<void> {
  const hooks = import.meta.env.MODE === 'test' ? await import('./test-hooks') : null;
  hooks?.installHooks(whenEngineReady);
  try {
    // The engine's JavaScript (duckdb-wasm bindings, Arrow) loads beside the first screen, not before it.
    const { startBrowserEngine } = await import('../engine/browser-engine');
    const engine = await startBrowserEngine();
    const version = await engine.version();
    const startMs = performance.now();
    hooks?.engineReady(startMs);
    useEngineStore.setState({ status: 'ready', engine, version, startMs }, true);
    startWarmUp(engine, () => hooks?.warmedUp());
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    useEngineStore.setState({ status: 'failed', message }, true);
  }
}
