import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMemory, type Engine } from '../../src/engine/engine';
import { openTestEngine } from '../engine/open-engine';
import { raw } from '../../src/sql';

let engine: Engine;
beforeAll(async () => {
  engine = await openTestEngine();
});
afterAll(async () => {
  await engine.close();
});

describe('engine additions for ingest', () => {
  it('creates a table from a JSON array without the json extension', async () => {
    await engine.registerFile('ingest/rows.json', new TextEncoder().encode('[{"a":1,"b":"来电"},{"a":2.5,"b":null}]'));
    await engine.insertJSON('ingest/rows.json', { name: 'json_rows' });
    const result = await engine.query(raw('select sum(a) as total, count(b) as named from json_rows'));
    // 1 + 2.5 = 3.5; one non-null b
    expect(result.rows).toEqual([{ total: 3.5, named: 1 }]);
  });

  it('reports memory used and the limit', async () => {
    await engine.query(raw('create table mem_rows as select range as x from range(100000)'));
    const memory = await engine.memory();
    expect(memory.usedBytes).toBeGreaterThan(0);
    expect(memory.limitBytes).toBeGreaterThan(memory.usedBytes);
  });

  it('parses DuckDB memory text', () => {
    expect(parseMemory('3.1 GiB')).toBeCloseTo(3.1 * 2 ** 30);
    expect(parseMemory('512.0 MiB')).toBe(512 * 2 ** 20);
    expect(parseMemory('0 bytes')).toBe(0);
  });
});
