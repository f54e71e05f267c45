import { expect } from 'vitest';
import type { Engine } from '../../src/engine/engine';
import { sql, type Fragment } from '../../src/sql';

/**
 * Asserts that the engine can plan a statement (as Mosaic's `toBeValidQuery`): `EXPLAIN` binds every name and type
 * without reading the data, so a builder's SQL is checked against the real engine even over empty tables.
 */
export async function expectValidQuery(engine: Engine, statement: Fragment): Promise<void> {
  let failure: string | null = null;
  try {
    await engine.query(sql`explain ${statement}`);
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }
  expect(failure, `${statement.text}\nparams: ${JSON.stringify(statement.params)}`).toBeNull();
}
