import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import type { Engine } from '../../src/engine/engine';
import { CallsightDb } from '../../src/spec/db';
import {
  CHUNK_ROWS,
  deleteStoredDataset,
  restoreDataset,
  saveDataset,
  type DatasetMeta,
} from '../../src/spec/dataset-persistence';
import { openTestEngine } from '../engine/open-engine';
import { raw } from '../../src/sql';

let engine: Engine;
let db: CallsightDb;
const NAME = 'callsight-datasets-test';

beforeAll(async () => {
  engine = await openTestEngine();
  db = new CallsightDb(NAME);
  await db.open();
});
afterAll(async () => {
  db.close();
  await Dexie.delete(NAME);
  await engine.close();
});

async function columns(table: string) {
  const result = await engine.query(
    raw(
      `select column_name as name, data_type as type from information_schema.columns where table_name = '${table}' order by ordinal_position`,
    ),
  );
  return result.rows.map((r) => ({ name: String(r.name), type: String(r.type) }));
}

describe('dataset persistence', () => {
  it('saves a table in chunks and restores it with the same rows and column types', async () => {
    const rows = CHUNK_ROWS + 10;
    // A hostile name, BIGINT and DECIMAL (which leave the engine as DOUBLE), Chinese text and NULLs.
    await engine.query(
      raw(`create table "月度 ""calls""" as
      select i::bigint as call_id, (i % 7)::decimal(10,2) / 4 as cost, case when i % 3 = 0 then null else '客户' || i end as who,
             timestamp '2026-01-01' + to_seconds(i) as started_at
      from range(${rows}) t(i)`),
    );
    const table = '月度 "calls"';
    const meta: DatasetMeta = {
      id: 'ds-1',
      table,
      label: 'calls.csv',
      sources: ['calls.csv'],
      rows,
      columns: await columns(table),
    };
    const before = await engine.query(
      raw(`select sum(call_id) as s, sum(cost) as c, count(who) as w, max(started_at) as m from "月度 ""calls"""`),
    );

    const record = await saveDataset(db, engine, meta, 42);
    expect(record.chunks).toBe(2);
    expect(await db.datasetChunks.count()).toBe(2);

    await engine.query(raw(`drop table "月度 ""calls"""`));
    await restoreDataset(db, engine, record);
    expect(await columns(table)).toEqual(meta.columns);
    const after = await engine.query(
      raw(`select sum(call_id) as s, sum(cost) as c, count(who) as w, max(started_at) as m from "月度 ""calls"""`),
    );
    // sum of 0..n-1 = n(n-1)/2; two thirds of the rows carry a name.
    expect(after.rows[0]?.s).toBe((rows * (rows - 1)) / 2);
    expect(after.rows).toEqual(before.rows);
    expect(after.rows[0]?.w).toBe(rows - Math.ceil(rows / 3));
  });

  it('a re-save replaces the old chunks only once the new ones are written', async () => {
    await engine.query(raw('create table small as select 1 as n'));
    const meta: DatasetMeta = {
      id: 'ds-2',
      table: 'small',
      label: 'small',
      sources: [],
      rows: 1,
      columns: await columns('small'),
    };
    await saveDataset(db, engine, meta, 1);
    vi.spyOn(db.datasetChunks, 'put').mockRejectedValueOnce(new DOMException('quota', 'QuotaExceededError'));
    await expect(saveDataset(db, engine, meta, 2)).rejects.toMatchObject({ failure: 'quota' });
    const stored = await db.datasets.get('ds-2');
    expect(stored?.chunkSet).toBe('ds-2@1');
    expect(await db.datasetChunks.where('chunkSet').equals('ds-2@1').count()).toBe(1);

    await saveDataset(db, engine, meta, 3);
    expect(await db.datasetChunks.where('chunkSet').equals('ds-2@1').count()).toBe(0);
    await deleteStoredDataset(db, 'ds-2');
    expect(await db.datasets.get('ds-2')).toBeUndefined();
    expect(await db.datasetChunks.where('chunkSet').equals('ds-2@3').count()).toBe(0);
  });

  it('an empty table survives too', async () => {
    await engine.query(raw('create table empty_t (a varchar, b integer)'));
    const meta: DatasetMeta = {
      id: 'ds-3',
      table: 'empty_t',
      label: 'e',
      sources: [],
      rows: 0,
      columns: await columns('empty_t'),
    };
    const record = await saveDataset(db, engine, meta);
    await engine.query(raw('drop table empty_t'));
    await restoreDataset(db, engine, record);
    expect(await columns('empty_t')).toEqual(meta.columns);
  });

  it('leaves a table loaded meanwhile alone, and a new dataset under a stored table name replaces the stale one', async () => {
    await engine.query(raw('create table jan as select 1 as n'));
    const first: DatasetMeta = {
      id: 'old',
      table: 'jan',
      label: 'jan v1',
      sources: [],
      rows: 1,
      columns: await columns('jan'),
    };
    const record = await saveDataset(db, engine, first, 10);
    expect(await restoreDataset(db, engine, record)).toBe('already-loaded');
    expect((await engine.query(raw('select n from jan'))).rows).toEqual([{ n: 1 }]);

    await engine.query(raw('create or replace table jan as select 2 as n'));
    await saveDataset(db, engine, { ...first, id: 'new', label: 'jan v2' }, 11);
    expect((await db.datasets.where('table').equals('jan').toArray()).map((d) => d.id)).toEqual(['new']);
    expect(await db.datasetChunks.where('chunkSet').equals('old@10').count()).toBe(0);
  });
});
