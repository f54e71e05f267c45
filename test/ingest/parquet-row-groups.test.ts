import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine';
import type { IngestProgress } from '../../src/ingest/types';
import { openTestEngine } from '../engine/open-engine';
import { load } from './helpers';
import { raw } from '../../src/sql';

let engine: Engine;
beforeAll(async () => {
  engine = await openTestEngine();
});
afterAll(async () => {
  await engine.close();
});

const ROWS = 300_000;

/** A Parquet file of `i` = 0 … ROWS − 1 written in row groups of 50,000 rows. */
async function sixRowGroups(): Promise<Uint8Array<ArrayBuffer>> {
  const { Table, WriterPropertiesBuilder, writeParquet } = await import('parquet-wasm/node');
  const arrow = tableFromArrays({ i: Int32Array.from({ length: ROWS }, (_, i) => i) });
  const properties = new WriterPropertiesBuilder().setMaxRowGroupSize(50_000).build();
  return new Uint8Array(writeParquet(Table.fromIPCStream(tableToIPC(arrow, 'stream')), properties));
}

async function tableCount(): Promise<number> {
  return Number((await engine.query(raw('select count(*) as n from duckdb_tables()'))).rows[0]?.n);
}

describe('Parquet with many row groups', () => {
  it('lands whole and in order', async () => {
    const [result] = await load(engine, [{ name: 'groups.parquet', bytes: await sixRowGroups() }]);
    if (!result?.ok) throw new Error(result?.error.message);
    const table = result.tables[0]!.table;
    const row = (
      await engine.query(
        raw(`select count(*) as n, sum(i) as total, max(i) filter (where rowid = 0) as first,
      max(i) filter (where rowid = ${ROWS - 1}) as last from "${table}"`),
      )
    ).rows[0];
    // 0 + 1 + … + 299,999 = 299,999 × 300,000 / 2 = 44,999,850,000
    expect(row).toEqual({ n: ROWS, total: 44_999_850_000, first: 0, last: ROWS - 1 });
  });

  it('cancelled while it is decoded, it leaves no table and says it was cancelled', async () => {
    const before = await tableCount();
    const controller = new AbortController();
    const progress: IngestProgress[] = [];
    const [result] = await load(
      engine,
      [{ name: 'cancelled.parquet', bytes: await sixRowGroups() }],
      {},
      (p) => {
        progress.push(p);
        if (p.phase === 'decode') controller.abort();
      },
      controller.signal,
    );
    expect(result?.ok === false && result.error.code).toBe('cancelled');
    expect(progress.map((p) => p.phase)).toEqual(['decode']);
    expect(await tableCount()).toBe(before);
  });
});
