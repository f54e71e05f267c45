import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine';
import type { IngestErrorCode } from '../../src/ingest/errors';
import { ident, sql, raw } from '../../src/sql';
import { openTestEngine } from '../engine/open-engine';
import { fixture, load, loadOne } from './helpers';

let engine: Engine;
beforeAll(async () => {
  engine = await openTestEngine();
});
afterAll(async () => {
  await engine.close();
});

async function tableCount(): Promise<number> {
  return Number((await engine.query(raw('select count(*) as n from duckdb_tables()'))).rows[0]?.n);
}

async function refused(file: string | { name: string; bytes: Uint8Array<ArrayBuffer> }, code: IngestErrorCode) {
  const before = await tableCount();
  const [result] = await load(engine, [file]);
  expect(result?.ok).toBe(false);
  if (result?.ok !== false) return;
  expect(result.error.code).toBe(code);
  expect(result.error.file).toBe(typeof file === 'string' ? file : file.name);
  // nothing half-loaded
  expect(await tableCount()).toBe(before);
  return result.error;
}

describe('bad input is refused with a reason, and nothing is left behind', () => {
  const cases: [string, IngestErrorCode][] = [
    ['empty.csv', 'empty'],
    ['header-only.csv', 'headerOnly'],
    ['image.csv', 'binary'],
    ['calls-truncated.parquet', 'corruptParquet'],
    ['calls-truncated.xlsx', 'corruptExcel'],
    ['password.xlsx', 'passwordExcel'],
    ['notes.docx', 'unsupported'],
    ['report.pdf', 'unsupported'],
    ['broken.json', 'badJson'],
  ];
  for (const [file, code] of cases) it(`${file} → ${code}`, () => refused(file, code));

  it('a ragged row is set aside and named by its line; the other rows load', async () => {
    const t = await loadOne(engine, 'ragged.csv');
    // header is line 1, "4,5,6,7" is line 3; rows 1,2,3 / 8,9,10 / 11,12,13 load
    expect(t.rows).toBe(3);
    expect(t.rejected?.first).toEqual([{ line: 3, problem: 'tooManyFields', text: '4,5,6,7' }]);
  });

  it('a renamed image with an Excel name is refused as a broken workbook', () =>
    refused({ name: 'photo.xlsx', bytes: fixture('image.csv') }, 'corruptExcel'));

  it('an unterminated quote is set aside with its line; the rows before it load', async () => {
    const t = await loadOne(engine, 'unterminated-quote.csv');
    // line 1 header, line 2 `1,"fine"`, line 3 opens a quote that never closes (it takes the rest of the file)
    expect(t.rows).toBe(1);
    expect(t.rejected?.first).toEqual([{ line: 3, problem: 'unclosedQuote', text: '2,"never closed\n3,ok\n4,ok\n' }]);
  });

  it('ragged rows load when the user asks to skip bad rows', async () => {
    const t = await loadOne(engine, 'ragged.csv', { csv: { skipBadRows: true, delimiter: ',', header: true } });
    // rows 1,2,3 / 8,9,10 / 11,12,13 are whole; 4,5,6,7 has one field too many
    expect(t.rows).toBe(3);
  });

  it('the same file dropped twice is refused the second time', async () => {
    const results = await load(engine, ['tabs.tsv', 'tabs.tsv']);
    expect(results.map((r) => r.ok)).toEqual([true, false]);
    expect(results[1]?.ok === false && results[1].error.code).toBe('duplicateFile');
  });

  it('a bad file among good ones loses nothing', async () => {
    const results = await load(engine, ['pipes.txt', 'empty.csv', 'calls.json']);
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
  });
});

describe('awkward but readable input', () => {
  it('mixed types in a column: read as text and reported', async () => {
    // 25,000 numbers, then a word past the sniffer's sample
    const text = 'id,value\n' + Array.from({ length: 25_000 }, (_, i) => `${i},${i}`).join('\n') + '\n25000,abc\n';
    const [result] = await load(engine, [{ name: 'mixed.csv', bytes: new TextEncoder().encode(text) }]);
    if (!result?.ok) throw new Error(result?.error.message);
    const t = result.tables[0]!;
    expect(t.rows).toBe(25_001);
    expect(t.columns.find((c) => c.name === 'value')?.type).toBe('VARCHAR');
    expect(t.notices).toContainEqual({ code: 'mixedTypes', params: { column: 'value' } });
  });

  it('duplicate and empty column names are renamed and reported', async () => {
    const t = await loadOne(engine, 'duplicate-columns.csv');
    expect(t.columns.map((c) => c.name)).toEqual(['id', 'wait', 'wait_1', 'column3']);
    expect(t.notices.map((n) => n.code)).toEqual(expect.arrayContaining(['duplicateColumn', 'emptyColumnName']));
  });

  it('a 1 MB single field', async () => {
    const big = 'x'.repeat(1_048_576);
    const bytes = new TextEncoder().encode(`id,note\n1,"${big}"\n2,short\n`);
    const [result] = await load(engine, [{ name: 'big-field.csv', bytes }]);
    if (!result?.ok) throw new Error(result?.error.message);
    const table = result.tables[0]!.table;
    const row = (await engine.query(sql`select max(length(note)) as n from ${ident(table)}`)).rows[0];
    expect(row?.n).toBe(1_048_576);
  });

  it('hostile file names make safe, distinct tables', async () => {
    const names = [
      '"; drop table x; --.csv',
      "it's.csv",
      '<img src=x>.csv',
      '来电 记录.csv',
      '_.csv',
      `${'a'.repeat(300)}.csv`,
    ];
    const results = await load(
      engine,
      names.map((name) => ({ name, bytes: new TextEncoder().encode('a,b\n1,2\n') })),
    );
    const tables = results.map((r) => (r.ok ? r.tables[0]!.table : r.error.message));
    expect(new Set(tables).size).toBe(names.length);
    for (const table of tables) {
      expect(table).toMatch(/^[\p{L}\p{N}_]{1,60}$/u);
      expect((await engine.query(sql`select b from ${ident(table)}`)).rows).toEqual([{ b: 2 }]);
    }
    expect(results.map((r) => r.ok && r.tables[0]?.label)).toEqual(names);
  });
});
