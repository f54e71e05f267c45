import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryCancelledError, type Engine } from '../../src/engine/engine';
import { ident, inlineSql, lit, sql } from '../../src/sql';
import { openTestEngine } from './open-engine';

let engine: Engine;
beforeAll(async () => {
  engine = await openTestEngine();
});
afterAll(async () => {
  await engine.close();
});

// Long enough to still be running when the test stops it (seconds on the wasm engine).
const LONG = sql`select sum(a.range * b.range) as s from range(20_000) a, range(20_000) b`;

describe('per-query cancel', () => {
  it('stops only the statement whose signal fired; the one queued behind it still runs', async () => {
    const stop = new AbortController();
    const long = engine.query(LONG, { signal: stop.signal });
    const next = engine.query(sql`select ${41} + 1 as answer`);
    setTimeout(() => stop.abort(), 50);
    await expect(long).rejects.toBeInstanceOf(QueryCancelledError);
    expect((await next).rows).toEqual([{ answer: 42 }]);
  });

  it('a statement stopped while it waits never runs, and the one running is not cancelled', async () => {
    const running = engine.query(sql`select count(*) as n from range(3_000_000)`, {
      signal: new AbortController().signal,
    });
    const stop = new AbortController();
    const waiting = engine.query(sql`create table never_made as select 1 as x`, { signal: stop.signal });
    stop.abort();
    await expect(waiting).rejects.toBeInstanceOf(QueryCancelledError);
    expect((await running).rows).toEqual([{ n: 3_000_000 }]);
    const made = await engine.query(sql`select count(*) as n from duckdb_tables() where table_name = 'never_made'`);
    expect(made.rows).toEqual([{ n: 0 }]);
  });

  it('leaves the engine free for the next query after a cancel', async () => {
    const stop = new AbortController();
    const long = engine.query(LONG, { signal: stop.signal });
    setTimeout(() => stop.abort(), 30);
    await expect(long).rejects.toBeInstanceOf(QueryCancelledError);
    const after = await engine.query(sql`select ${'它'} as s`, { signal: new AbortController().signal });
    expect(after.rows).toEqual([{ s: '它' }]);
  });
});

describe('reading big results', () => {
  it('brings over at most maxRows rows and the engine answers the next query', async () => {
    const result = await engine.query(sql`select range as n from range(1_000_000)`, {
      maxRows: 5,
      signal: new AbortController().signal,
    });
    expect(result.rows.map((r) => r.n)).toEqual([0, 1, 2, 3, 4]);
    expect((await engine.query(sql`select ${7} as x`)).rows).toEqual([{ x: 7 }]);
  });

  it('streams a result batch by batch with every row once, in order', async () => {
    let count = 0;
    let sum = 0;
    let biggestBatch = 0;
    for await (const batch of engine.stream(sql`select range as n from range(100_000) order by n`)) {
      biggestBatch = Math.max(biggestBatch, batch.rows.length);
      for (const row of batch.rows) {
        expect(row.n).toBe(count);
        sum += Number(row.n);
        count++;
      }
    }
    expect(count).toBe(100_000);
    // 0 + 1 + … + 99 999 = 99 999 × 100 000 / 2
    expect(sum).toBe((99_999 * 100_000) / 2);
    expect(biggestBatch).toBeLessThan(100_000);
  });

  it('a stream left early frees the engine', async () => {
    for await (const batch of engine.stream(sql`select range as n from range(1_000_000)`)) {
      expect(batch.rows.length).toBeGreaterThan(0);
      break;
    }
    expect((await engine.query(sql`select ${3} as x`)).rows).toEqual([{ x: 3 }]);
  });
});

describe('transactions', () => {
  it('commits together, and nothing queued runs inside it', async () => {
    await engine.query(sql`create table ledger (n integer)`);
    const seen: number[] = [];
    const tx = engine.transaction(async (t) => {
      await t.query(sql`insert into ledger values (${1})`);
      await new Promise((resolve) => setTimeout(resolve, 30));
      await t.query(sql`insert into ledger values (${2})`);
    });
    // Asked for while the transaction is open: it must see both rows or none, never one.
    const outside = engine.query(sql`select count(*) as n from ledger`).then((r) => seen.push(Number(r.rows[0]?.n)));
    await Promise.all([tx, outside]);
    expect(seen).toEqual([2]);
  });

  it('rolls everything back when the work throws', async () => {
    await engine.query(sql`create table kept (n integer)`);
    await expect(
      engine.transaction(async (t) => {
        await t.query(sql`insert into kept values (${1})`);
        throw new Error('half way');
      }),
    ).rejects.toThrow('half way');
    expect((await engine.query(sql`select count(*) as n from kept`)).rows).toEqual([{ n: 0 }]);
  });
});

describe('export with COPY … TO', () => {
  it('writes CSV with quotes, commas, Chinese, newlines and nulls, and the file reads back the same', async () => {
    const name = '名字 "x", y';
    await engine.query(sql`create table odd (${ident(name)} varchar, n integer)`);
    const values = ['a,"b"', '客服\n二线', null, '<script>alert(1)</script>'];
    for (const [i, v] of values.entries()) await engine.query(sql`insert into odd values (${v}, ${i})`);
    const bytes = await engine.exportFile(sql`select * from odd where n >= ${0} order by n`, 'csv');
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\n')[0]).toBe('"名字 ""x"", y",n');
    await engine.registerFile('ingest/back.csv', bytes);
    const back = await engine.query(sql`select * from read_csv(${'ingest/back.csv'}, header = true) order by n`);
    expect(back.rows.map((r) => r[name])).toEqual(values);
  });

  it('refuses Parquet through COPY while extensions stay off (it would need the network)', async () => {
    await expect(engine.query(sql`copy (select 1 as n) to 'never.parquet' (format parquet)`)).rejects.toThrow(
      /parquet/,
    );
  });
});

describe('values written in as literals', () => {
  it('put each value in its place even when names and literals hold question marks', () => {
    const statement = sql`select ${ident('why?')}, ${lit('?')} from t where a = ${"it's?"} and b = ${2}`;
    expect(inlineSql(statement)).toBe(`select "why?", '?' from t where a = 'it''s?' and b = 2`);
  });

  it('run with the same answers as bound values', async () => {
    const hostile = ["'; drop table odd; --", '"', '?', '来电', '<b>x</b>'];
    for (const value of hostile) {
      const bound = await engine.query(sql`select ${value} as v, length(${value}) as n`);
      const inlined = await engine.query(sql`select ${value} as v, length(${value}) as n`, {
        signal: new AbortController().signal,
      });
      expect(inlined.rows).toEqual(bound.rows);
      expect(bound.rows[0]?.v).toBe(value);
    }
  });
});
