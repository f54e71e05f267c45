import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine';
import { isDateFormat, serialDatesToDates, serialToDate } from '../../src/ingest/excel-serial';
import { ident, sql } from '../../src/sql';
import { openTestEngine } from '../engine/open-engine';
import { load } from './helpers';

let engine: Engine;
beforeAll(async () => {
  engine = await openTestEngine();
});
afterAll(async () => {
  await engine.close();
});

function workbook(rows: unknown[][], edit?: (sheet: XLSX.WorkSheet) => void): Uint8Array<ArrayBuffer> {
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  edit?.(sheet);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'calls');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

async function loadOneFile(name: string, bytes: Uint8Array<ArrayBuffer>) {
  const [result] = await load(engine, [{ name, bytes }]);
  if (!result?.ok) throw new Error(result?.error.message);
  return result.tables[0]!;
}

const text = (v: unknown) => (v instanceof Date ? v.toISOString() : v);

describe('Excel serial dates', () => {
  it('day numbers become the date and time they stand for', () => {
    // 46082 days after 30 Dec 1899 is 1 Mar 2026; 0.4 of a day is 9.6 h = 9 h 36 min
    expect(serialToDate(46082.4).toISOString()).toBe('2026-03-01T09:36:00.000Z');
    // 0.75 of a day is 18:00; 46113 = 46082 + 31 days = 1 Apr 2026
    expect(serialToDate(46113.75).toISOString()).toBe('2026-04-01T18:00:00.000Z');
    // the 1904 system counts 1,462 days fewer: 44620 + 1462 = 46082
    expect(serialToDate(44620.4, true).toISOString()).toBe('2026-03-01T09:36:00.000Z');
  });

  it('a column named like a time, of plain numbers, loads as timestamps; an amount column does not', async () => {
    const t = await loadOneFile(
      'serial.xlsx',
      workbook([
        ['call_id', 'start_time', '开始时间', 'amount'],
        ['C1', 46082.4, 46082.4, 46082.4],
        ['C2', 46082.5, 46083, 12.5],
        ['C3', 46113.75, 46113.75, 3],
      ]),
    );
    const types = Object.fromEntries(t.columns.map((c) => [c.name, c.type]));
    expect(types).toEqual({ call_id: 'VARCHAR', start_time: 'TIMESTAMP', 开始时间: 'TIMESTAMP', amount: 'DOUBLE' });
    const rows = await engine.query(sql`select start_time, "开始时间" as cn from ${ident(t.table)} order by call_id`);
    // 46082.5 = 1 Mar 2026 12:00; 46083 = 2 Mar 2026 00:00; 46113.75 = 1 Apr 2026 18:00
    expect(rows.rows.map((r) => [text(r.start_time), text(r.cn)])).toEqual([
      ['2026-03-01T09:36:00.000Z', '2026-03-01T09:36:00.000Z'],
      ['2026-03-01T12:00:00.000Z', '2026-03-02T00:00:00.000Z'],
      ['2026-04-01T18:00:00.000Z', '2026-04-01T18:00:00.000Z'],
    ]);
  });

  it('numbers in a date-formatted column, or beside dates, are dates; out-of-range numbers are not', () => {
    const rows = [
      ['a', 'b', 'c'],
      [46082.4, new Date(Date.UTC(2026, 2, 1)), 46082.4],
      [46083, 46083, 99_999],
    ];
    const out = serialDatesToDates(rows, new Set([0, 2]));
    // column a: formatted as a date; b: its other cell is a date; c: 99,999 is after 2099, so it stays numbers
    expect(out.map((r) => r.map(text))).toEqual([
      ['a', 'b', 'c'],
      ['2026-03-01T09:36:00.000Z', '2026-03-01T00:00:00.000Z', 46082.4],
      ['2026-03-02T00:00:00.000Z', '2026-03-02T00:00:00.000Z', 99_999],
    ]);
    expect(
      ['yyyy-mm-dd hh:mm', 'm/d/yy', '[$-804]yyyy"年"m"月"d"日"', 'General', '0.00', '"day" 0'].map(isDateFormat),
    ).toEqual([true, true, true, false, false, false]);
  });
});

describe('a sheet whose cells end in a stray carriage return', () => {
  it('is read as data, without the carriage returns', async () => {
    const t = await loadOneFile(
      'cr.xlsx',
      workbook([
        ['call_id\r', 'agent\r', 'note\r'],
        ['C1\r', 'A1\r', 'called back\r'],
        ['C2\r', 'A2\r', 'two\r\nlines\r'],
        ['C3\r', 'A3\r', '\r'],
      ]),
    );
    expect(t.rows).toBe(3);
    expect(t.columns.map((c) => c.name)).toEqual(['call_id', 'agent', 'note']);
    const rows = await engine.query(sql`select call_id, agent, note from ${ident(t.table)} order by call_id`);
    expect(rows.rows).toEqual([
      { call_id: 'C1', agent: 'A1', note: 'called back' },
      { call_id: 'C2', agent: 'A2', note: 'two\nlines' },
      { call_id: 'C3', agent: 'A3', note: null },
    ]);
  });
});

describe('compact timestamps', () => {
  it('YYYYMMDDhhmmss loads as timestamps and YYYYMMDD in a date column as dates; other numbers stay numbers', async () => {
    const csv = [
      'call_id,start_time,call_date,order_no',
      'C1,20260301093600,20260301,20260301',
      'C2,20260315235959,20260315,20260302',
      'C3,,20261231,20260303',
    ].join('\n');
    const t = await loadOneFile('compact.csv', new TextEncoder().encode(csv + '\n') as Uint8Array<ArrayBuffer>);
    const types = Object.fromEntries(t.columns.map((c) => [c.name, c.type]));
    expect(types).toEqual({ call_id: 'VARCHAR', start_time: 'TIMESTAMP', call_date: 'DATE', order_no: 'BIGINT' });
    const rows = await engine.query(
      sql`select strftime(start_time, '%Y-%m-%d %H:%M:%S') as s, strftime(call_date, '%Y-%m-%d') as d from ${ident(t.table)} order by call_id`,
    );
    expect(rows.rows).toEqual([
      { s: '2026-03-01 09:36:00', d: '2026-03-01' },
      { s: '2026-03-15 23:59:59', d: '2026-03-15' },
      { s: null, d: '2026-12-31' },
    ]);
  });

  it('a number that is not a real time (month 13) keeps the column as numbers', async () => {
    const csv = 'id,start_time\n1,20260301093600\n2,20261301093600\n';
    const t = await loadOneFile('not-compact.csv', new TextEncoder().encode(csv) as Uint8Array<ArrayBuffer>);
    expect(t.columns.find((c) => c.name === 'start_time')?.type).toBe('BIGINT');
  });

  it('compact timestamps in a workbook load as timestamps too', async () => {
    const t = await loadOneFile(
      'compact.xlsx',
      workbook([
        ['call_id', 'start_time'],
        ['C1', 20260301093600],
        ['C2', '20260302101500'],
      ]),
    );
    expect(t.columns.find((c) => c.name === 'start_time')?.type).toBe('TIMESTAMP');
  });
});
