import { NodeEngine } from '../../src/engine/node-engine';
import type { Engine } from '../../src/engine/engine';

/** Opens the real duckdb-wasm engine (Node build) for a test file. */
export function openTestEngine(): Promise<Engine> {
  return NodeEngine.open();
}
