import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine';
import { openTestEngine } from '../engine/open-engine';
import { raw } from '../../src/sql';

let engine: Engine;
beforeAll(async () => {
  engine = await openTestEngine();
});
afterAll(() => engine.close());

describe('Arrow IPC export and insert', () => {
  it('round-trips a table through IPC bytes', async () => {
    await engine.query(
      raw(
        "create table src as select * from (values (1, 'a', timestamp '2024-01-02 03:04:05'), (2, '客户', null)) t(n, s, ts)",
      ),
    );
    const bytes = await engine.exportArrowIPC(raw('select * from src order by n'));
    expect(bytes.byteLength).toBeGreaterThan(0);
    await engine.insertArrowIPC(bytes, { name: 'copy', create: true });
    const result = await engine.query(raw('select n, s, ts from copy order by n'));
    expect(result.rows).toEqual([
      { n: 1, s: 'a', ts: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)) },
      { n: 2, s: '客户', ts: null },
    ]);
  });

  it('refuses OPFS in Node with a clear error', async () => {
    await expect(engine.registerOpfsFile('opfs://x.duckdb')).rejects.toThrow(/OPFS is not available/);
  });
});
