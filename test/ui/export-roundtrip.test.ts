import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine, QueryResult } from '../../src/engine/engine';
import { ident, raw, sql } from '../../src/sql';
import { encodeGbk } from '../../src/ui/export/gbk';
import { rowsSql } from '../../src/ui/export/rows-sql';
import { exportTable } from '../../src/ui/export/table-export';
import { openTestEngine } from '../engine/open-engine';
import { load } from '../ingest/helpers';

const HOSTILE = ['a"b', '<img src=x onerror=alert(1)>', '列 名'] as const;

let engine: Engine;
beforeAll(async () => {
  engine = await openTestEngine();
  // Three rows covering what exports get wrong: quotes, commas, newlines, Chinese, nulls, dates and timestamps,
  // large and negative numbers, and column names that are SQL, HTML and Chinese with a space.
  await engine.query(
    raw(`create table source as select * from (values
      (1, '客户说"你好"，谢谢', '<img src=x onerror=alert(1)>', -12345678901.25::double, 9007199254740991::bigint,
        date '2026-03-05', timestamp '2026-03-05 10:00:01', '宽带'),
      (2, 'x,y', '第一行
第二行', 0.5::double, -42::bigint, date '1999-12-31', timestamp '2026-12-31 23:59:59', '电话,"投诉"'),
      (3, null, '业务咨询', null, 0::bigint, null, null, null)
    ) as t(id, "a""b", "<img src=x onerror=alert(1)>", "列 名", big, d, ts, note)`),
  );
});
afterAll(async () => {
  await engine.close();
});

const SOURCE = sql`select * from source order by id`;

async function rowsOf(table: string): Promise<QueryResult['rows']> {
  return (await engine.query(sql`select * from ${ident(table)} order by id`)).rows;
}

async function ingestBack(name: string, blob: Blob): Promise<string> {
  const [result] = await load(engine, [{ name, bytes: new Uint8Array(await blob.arrayBuffer()) }]);
  if (!result?.ok) throw new Error(`${name} did not load: ${result?.error.message}`);
  return result.tables[0]!.table;
}

describe('a table exported from SQL reads back through the ingest with the same values', () => {
  it('CSV, UTF-8 with a byte order mark', async () => {
    const { blob } = await exportTable(engine, SOURCE, 'csv', { name: 'source' });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const table = await ingestBack('source-utf8.csv', blob);
    const back = await engine.query(sql`select * from ${ident(table)} order by id`);
    expect(back.columns.map((c) => c.name)).toEqual(['id', ...HOSTILE, 'big', 'd', 'ts', 'note']);
    expect(await rowsOf(table)).toEqual((await engine.query(SOURCE)).rows);
  });

  it('CSV in GBK', async () => {
    const { blob, unmapped } = await exportTable(engine, SOURCE, 'csv-gbk', { name: 'source' });
    expect(unmapped).toBe(0);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    // 客 is B F CD in GBK: the file is no UTF-8 (which would write 客 as E5 AE A2).
    const text = new TextDecoder('gbk').decode(bytes);
    expect(text).toContain('客户说"');
    expect([...encodeGbk('客').bytes]).toEqual([0xbf, 0xcd]);
    const table = await ingestBack('source-gbk.csv', blob);
    expect(await rowsOf(table)).toEqual((await engine.query(SOURCE)).rows);
  });

  it('Excel', async () => {
    const { blob } = await exportTable(engine, SOURCE, 'xlsx', { name: 'source' });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
    const table = await ingestBack('source.xlsx', blob);
    expect(await rowsOf(table)).toEqual((await engine.query(SOURCE)).rows);
  });

  it('Parquet, read by native DuckDB', async () => {
    const { blob } = await exportTable(engine, SOURCE, 'parquet', {
      name: 'source',
      parquet: () => import('parquet-wasm/node'),
    });
    const folder = mkdtempSync(join(tmpdir(), 'callsight-parquet-'));
    try {
      const path = join(folder, 'source.parquet');
      writeFileSync(path, new Uint8Array(await blob.arrayBuffer()));
      const db = await DuckDBInstance.create(':memory:');
      const connection = await db.connect();
      const read = await connection.runAndReadAll(
        `select id, "a""b", "<img src=x onerror=alert(1)>", "列 名", big, d::varchar as d, ts::varchar as ts, note
         from read_parquet('${path.replaceAll("'", "''")}') order by id`,
      );
      const rows = read.getRowObjectsJS();
      connection.closeSync();
      db.closeSync();
      expect(rows).toEqual([
        {
          id: 1,
          'a"b': '客户说"你好"，谢谢',
          '<img src=x onerror=alert(1)>': '<img src=x onerror=alert(1)>',
          '列 名': -12345678901.25,
          big: 9007199254740991,
          d: '2026-03-05',
          ts: '2026-03-05 10:00:01',
          note: '宽带',
        },
        {
          id: 2,
          'a"b': 'x,y',
          '<img src=x onerror=alert(1)>': '第一行\n第二行',
          '列 名': 0.5,
          big: -42,
          d: '1999-12-31',
          ts: '2026-12-31 23:59:59',
          note: '电话,"投诉"',
        },
        {
          id: 3,
          'a"b': null,
          '<img src=x onerror=alert(1)>': '业务咨询',
          '列 名': null,
          big: 0,
          d: null,
          ts: null,
          note: null,
        },
      ]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('GBK', () => {
  it('writes ASCII as is, Chinese as two bytes, and a character GBK lacks as ?', () => {
    // 电 = B5 E7, 话 = BB B0 in GBK; the emoji has no GBK code.
    const { bytes, unmapped } = encodeGbk('A电话😀');
    expect([...bytes]).toEqual([0x41, 0xb5, 0xe7, 0xbb, 0xb0, 0x3f]);
    expect(unmapped).toBe(1);
  });
});

describe('Excel row limit', () => {
  it('refuses a result larger than a sheet before writing it', async () => {
    // A sheet holds 1,048,576 rows: 1 header + 1,048,575 data rows; 1,048,576 data rows are one too many.
    const big = sql`select range as n from range(1048576)`;
    await expect(exportTable(engine, big, 'xlsx', { name: 'big' })).rejects.toMatchObject({
      name: 'TooManyRowsError',
      limit: 1_048_575,
    });
    // The engine is free for the next statement.
    expect((await engine.query(raw('select 1 as one'))).rows[0]?.one).toBe(1);
  });
});

describe('rows worked out in the page', () => {
  it('export under their shown (hostile) column names with their exact values', async () => {
    const statement = rowsSql(
      ['a"b', '<img src=x onerror=alert(1)>', '列 名'],
      [
        ['宽带', 0.123456789, null],
        ['x,"y"', -2.5, 7],
      ],
    );
    const { blob } = await exportTable(engine, statement, 'csv', { name: 'rows' });
    const text = new TextDecoder().decode(new Uint8Array(await blob.arrayBuffer()).subarray(3));
    // RFC 4180: a quote doubles and a field with a quote or comma is quoted; nulls are empty.
    expect(text).toBe('"a""b",<img src=x onerror=alert(1)>,列 名\n宽带,0.123456789,\n"x,""y""",-2.5,7\n');
    expect((await exportTable(engine, rowsSql(['a'], []), 'csv', { name: 'none' })).blob.size).toBe(3 + 2);
  });
});
