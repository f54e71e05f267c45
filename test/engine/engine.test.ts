import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine';
import { ident, sql, raw } from '../../src/sql';
import { openTestEngine } from './open-engine';

let engine: Engine;
beforeAll(async () => {
  engine = await openTestEngine();
});
afterAll(async () => {
  await engine.close();
});

describe('the Node engine (real duckdb-wasm)', () => {
  it('answers select 42', async () => {
    const result = await engine.query(raw('select 42 as answer'));
    expect(result.rows).toEqual([{ answer: 42 }]);
  });

  it('reports its DuckDB version', async () => {
    expect(await engine.version()).toMatch(/^v\d+\.\d+\.\d+/);
  });

  it('binds values of every kind', async () => {
    const result = await engine.query(sql`select ${1.5} as n, ${'它'} as s, ${true} as b, ${null}::varchar as z`);
    expect(result.rows).toEqual([{ n: 1.5, s: '它', b: true, z: null }]);
  });

  it('returns BIGINT and DECIMAL as numbers', async () => {
    const result = await engine.query(
      raw('select 9007199254740::bigint as big, 12.345::decimal(10,3) as dec, count(*) as c from range(3)'),
    );
    expect(result.rows).toEqual([{ big: 9007199254740, dec: 12.345, c: 3 }]);
  });

  it('returns timestamps as Dates', async () => {
    const result = await engine.query(raw("select timestamp '2026-03-01 08:30:00' as t, date '2026-03-02' as d"));
    const row = result.rows[0];
    expect(row?.t).toEqual(new Date(Date.UTC(2026, 2, 1, 8, 30)));
    expect(row?.d).toEqual(new Date(Date.UTC(2026, 2, 2)));
  });

  it('does not load extensions from the network', async () => {
    const result = await engine.query(
      raw(
        "select current_setting('autoload_known_extensions') as autoload, current_setting('autoinstall_known_extensions') as autoinstall",
      ),
    );
    expect(result.rows).toEqual([{ autoload: false, autoinstall: false }]);
  });

  it('reads a registered CSV file', async () => {
    await engine.registerFile('ingest/calls.csv', new TextEncoder().encode('id,wait\n1,10\n2,30\n'));
    const result = await engine.query(sql`select sum(wait) as total from read_csv(${'ingest/calls.csv'})`);
    // 10 + 30 = 40
    expect(result.rows).toEqual([{ total: 40 }]);
  });

  it('caps the rows it brings back', async () => {
    const result = await engine.query(raw('select * from range(1000)'), { maxRows: 10 });
    expect(result.rows).toHaveLength(10);
  });

  it('keeps hostile table and column names intact', async () => {
    const names = ['"; DROP TABLE x; --', "it's", '来电时间', '😀', ' ', 'a'.repeat(10_000)];
    for (const name of names) {
      await engine.query(sql`create table ${ident(name)} (${ident(name)} integer)`);
      await engine.query(sql`insert into ${ident(name)} values (${7})`);
      const result = await engine.query(sql`select ${ident(name)} from ${ident(name)}`);
      expect(result.columns[0]?.name).toBe(name);
      expect(result.rows[0]?.[name]).toBe(7);
    }
    const tables = await engine.query(raw("select count(*) as n from duckdb_tables() where table_name <> ''"));
    expect(tables.rows[0]?.n).toBeGreaterThanOrEqual(names.length);
  });
});
