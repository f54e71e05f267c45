import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine';
import { COMPACT_ABOVE_BYTES } from '../../src/engine/stores';
import { removeDuplicateRows } from '../../src/ingest/append';
import { readCsv } from '../../src/ingest/csv-reader';
import { SAMPLE_BYTES } from '../../src/ingest/csv-sample';
import { sourceFromBytes } from '../../src/ingest/ingest';
import { planStorage } from '../../src/ingest/memory-guard';
import { countRows, describeTable, dropTable, previewRows } from '../../src/ingest/table-info';
import { CallsightDb } from '../../src/spec/db';
import { restoreDataset, saveDataset } from '../../src/spec/dataset-persistence';
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

async function databaseOf(table: string) {
  const result = await engine.query(raw(`select database_name from duckdb_tables() where table_name = '${table}'`));
  return result.rows.map((r) => r.database_name);
}

describe('where a table is kept', () => {
  it('a CSV whose table would pass the limit is kept compressed; smaller files and other formats stay plain', async () => {
    // CSV tables take about twice the file: half the limit plus a byte is just over it
    const justOver = COMPACT_ABOVE_BYTES / 2 + 1;
    expect(await planStorage(engine, 'big.csv', justOver, 'csv')).toEqual({ compact: true });
    expect(await planStorage(engine, 'small.csv', COMPACT_ABOVE_BYTES / 2, 'csv')).toEqual({ compact: false });
    expect(await planStorage(engine, 'big.parquet', justOver, 'parquet')).toEqual({ compact: false });
  });

  it('a compressed table reads, counts, previews, de-duplicates and drops by its plain name', async () => {
    // 6 rows, two of them exact repeats (ids 1 and 3), a hostile column name and Chinese text
    const text = 'id,"a ""quoted"" name",城市\n1,x,北京\n2,y,上海\n1,x,北京\n3,z,广州\n3,z,广州\n4,w,深圳\n';
    const source = sourceFromBytes('dupes.csv', new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>);
    const head = new Uint8Array(await source.blob.arrayBuffer());
    await readCsv(engine, source, head, 'dupes', {}, () => undefined, undefined, { compact: true });
    expect(await databaseOf('dupes')).toEqual(['compact']);
    expect(await countRows(engine, 'dupes')).toBe(6);
    expect((await describeTable(engine, 'dupes')).map((c) => c.name)).toEqual(['id', 'a "quoted" name', '城市']);
    expect((await previewRows(engine, 'dupes', 2))[1]).toEqual({ id: 2, 'a "quoted" name': 'y', 城市: '上海' });
    // 6 rows − 2 repeats = 4, and the table is still the compressed one (not a plain copy beside it)
    expect(await removeDuplicateRows(engine, 'dupes')).toBe(2);
    expect(await databaseOf('dupes')).toEqual(['compact']);
    await dropTable(engine, 'dupes');
    expect(await databaseOf('dupes')).toEqual([]);
  });

  it('a stored dataset big enough to have been compressed is restored compressed, with its rows', async () => {
    const [result] = await load(engine, [
      {
        name: 'ten.csv',
        bytes: new TextEncoder().encode('n\n' + [...Array(10).keys()].join('\n') + '\n') as Uint8Array<ArrayBuffer>,
      },
    ]);
    if (!result?.ok) throw new Error(result?.error.message);
    const t = result.tables[0]!;
    const db = new CallsightDb('callsight-compact-test');
    await db.open();
    try {
      // The restore decides from the stored row count: say it held 50M rows (the rows themselves are 10).
      const record = await saveDataset(
        db,
        engine,
        { id: 'big', table: t.table, label: 'ten.csv', sources: ['ten.csv'], rows: 50_000_000, columns: t.columns },
        1,
      );
      await dropTable(engine, t.table);
      await restoreDataset(db, engine, record);
      expect(await databaseOf(t.table)).toEqual(['compact']);
      // 0 + 1 + … + 9 = 45
      expect((await engine.query(raw(`select sum(n)::int as s from "${t.table}"`))).rows[0]).toEqual({ s: 45 });
    } finally {
      db.close();
      await Dexie.delete('callsight-compact-test');
    }
  });
});

describe('a compressed table read a piece at a time', () => {
  const read = async (name: string, text: string, pieceBytes = 40) => {
    const source = sourceFromBytes(name, new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>);
    const head = new Uint8Array(await source.blob.arrayBuffer());
    const table = name.replace('.csv', '');
    const load = await readCsv(engine, source, head, table, {}, () => undefined, undefined, {
      compact: true,
      pieceBytes,
    });
    return { table, load };
  };

  it('keeps every row once, quoted line breaks and conversions included', async () => {
    // 200 rows of about 30 bytes: some 150 pieces; every 7th note holds a quoted line break and a quote
    const rows = Array.from({ length: 200 }, (_, i) => {
      const note = i % 7 === 0 ? `"line\nbreak ""${i}"""` : `n${i}`;
      return `${i},${i % 2 ? 'Y' : 'N'},2026-03-${String(1 + (i % 28)).padStart(2, '0')},${note}`;
    });
    const { table } = await read('pieces.csv', `id,vip,day,note\n${rows.join('\n')}\n`);
    expect(await databaseOf(table)).toEqual(['compact']);
    const result = await engine.query(
      raw(`select count(*)::int as n, sum(id)::int as s, count_if(vip)::int as v, count_if(note like 'line%')::int as q,
        max(note) filter (where id = 196) as last_quoted from "${table}"`),
    );
    // 0..199 sums to 19,900; odd ids are Y (100); multiples of 7 below 200: 0, 7, …, 196 (29)
    expect(result.rows[0]).toEqual({ n: 200, s: 19_900, v: 100, q: 29, last_quoted: 'line\nbreak "196"' });
    const types = Object.fromEntries((await describeTable(engine, table)).map((c) => [c.name, c.type]));
    expect(types).toMatchObject({ vip: 'BOOLEAN', day: 'DATE' });
    await dropTable(engine, table);
  });

  it('starts again from the first piece when a later one holds a value of another type', async () => {
    // ids are numbers until the last row, past the sample the types are sniffed from: the column becomes text
    // and no row is read twice
    const count = Math.ceil(SAMPLE_BYTES / 10) + 1000;
    const rows = Array.from({ length: count }, (_, i) => `${i},x${i}`);
    const { table, load } = await read('late.csv', `id,v\n${rows.join('\n')}\nlast,x\n`, 2 ** 20);
    expect(load.notices).toContainEqual({ code: 'mixedTypes', params: { column: 'id' } });
    const result = await engine.query(raw(`select count(*)::int as n, count(distinct v)::int as d from "${table}"`));
    // the numbered rows + 1
    expect(result.rows[0]).toEqual({ n: count + 1, d: count + 1 });
    expect(await databaseOf(table)).toEqual(['compact']);
    await dropTable(engine, table);
  });
});
