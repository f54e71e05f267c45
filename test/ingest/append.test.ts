import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine';
import { removeDuplicateRows } from '../../src/ingest/append';
import { ident, sql, raw } from '../../src/sql';
import { openTestEngine } from '../engine/open-engine';
import { load } from './helpers';

let engine: Engine;
beforeAll(async () => {
  engine = await openTestEngine();
});
afterAll(async () => {
  await engine.close();
});

describe('appending monthly files', () => {
  it('appends files with the same columns, reports and removes exact duplicates', async () => {
    const results = await load(engine, ['monthly-2026-01.csv', 'monthly-2026-02.csv'], { appendTo: 'first' });
    const [first, second] = results;
    if (!first?.ok || !second?.ok) throw new Error('both months should load');
    const table = first.tables[0]!.table;
    // January 3 rows + February 3 rows = 6; K2 and K3 repeat exactly
    expect(second.appended).toEqual({ table, duplicates: 2, rows: 6 });
    expect(await removeDuplicateRows(engine, table)).toBe(2);
    const sum = await engine.query(sql`select sum(wait) as s, count(*) as n from ${ident(table)}`);
    // K1..K4: 10 + 20 + 30 + 40 = 100
    expect(sum.rows).toEqual([{ s: 100, n: 4 }]);
  });

  it('refuses a file with different columns, naming the difference, and keeps the table', async () => {
    const [first] = await load(engine, ['monthly-2026-01.csv'], { loadedFingerprints: [] });
    if (!first?.ok) throw new Error(first?.error.message);
    const table = first.tables[0]!.table;
    const before = Number((await engine.query(raw('select count(*) as n from duckdb_tables()'))).rows[0]?.n);
    const [other] = await load(engine, ['monthly-other.csv'], { appendTo: table });
    expect(other?.ok).toBe(false);
    if (other?.ok !== false) return;
    expect(other.error.code).toBe('appendMismatch');
    expect(other.error.params).toMatchObject({ table, missing: 'wait', extra: 'queue_seconds' });
    expect(Number((await engine.query(raw('select count(*) as n from duckdb_tables()'))).rows[0]?.n)).toBe(before);
    expect((await engine.query(sql`select count(*) as n from ${ident(table)}`)).rows).toEqual([{ n: 3 }]);
  });
});
