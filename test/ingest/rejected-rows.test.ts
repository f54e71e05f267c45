import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine';
import { readCsv } from '../../src/ingest/csv-reader';
import { rowAlignedPieces } from '../../src/ingest/csv-pieces';
import { sourceFromBytes } from '../../src/ingest/ingest';
import type { RejectSummary } from '../../src/ingest/types';
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

const bytes = (text: string) => new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;

async function loadText(name: string, text: string | Uint8Array<ArrayBuffer>, ask?: (s: RejectSummary) => boolean) {
  const asked: RejectSummary[] = [];
  const [result] = await load(engine, [{ name, bytes: typeof text === 'string' ? bytes(text) : text }], {
    confirmRejects: ask
      ? async (summary) => {
          asked.push(summary);
          return ask(summary);
        }
      : undefined,
  });
  return { result: result!, asked };
}

async function rejectedTable(table: string) {
  return (await engine.query(sql`select file, line, problem, raw_text from ${ident(table)} order by file, line`)).rows;
}

/** `count` good rows `i,note i,i*2`, with the given lines put in after the good row numbered by the key. */
function callsWith(count: number, inserts: Record<number, string>): string {
  const lines = ['id,note,amount'];
  for (let i = 1; i <= count; i++) {
    lines.push(`${i},note ${i},${i * 2}`);
    if (inserts[i] !== undefined) lines.push(inserts[i]!);
  }
  return lines.join('\n') + '\n';
}

describe('rows that do not parse are set aside, the rest loads', () => {
  it('an extra field, a missing field, an unquoted comma in a note and a truncated last line', async () => {
    // Lines: 1 header; 2 "1,…"; 3 "2,…"; 4 "3,…"; 5 extra field; 6 "4,…"; 7 "5,…"; 8 missing field;
    // 9..308 rows 6..305; 309 unquoted comma; 310..504 rows 306..500; 505 truncated last line (no line break).
    const lines = ['id,note,amount'];
    const put = (text: string) => lines.push(text);
    for (let i = 1; i <= 500; i++) {
      put(`${i},note ${i},${i * 2}`);
      if (i === 3) put('3b,extra,1,2');
      if (i === 5) put('5b,short');
      if (i === 305) put('305b,called back, angry,7');
    }
    const text = lines.join('\n') + '\n501,trunc';
    const { result, asked } = await loadText('ragged-notes.csv', text, () => true);
    if (!result.ok) throw new Error(result.error.message);
    const t = result.tables[0]!;
    // 500 good rows; 4 set aside (3b, 5b, 305b, 501) of 504 data rows: 4 / 504 = 0.79% ≤ 1%, so no question
    expect(t.rows).toBe(500);
    expect(asked).toEqual([]);
    expect(t.rejected).toMatchObject({
      file: 'ragged-notes.csv',
      count: 4,
      total: 504,
      table: `${t.table}__rejected`,
      problems: ['tooManyFields', 'tooFewFields'],
    });
    expect(t.rejected?.first.map((r) => [r.line, r.problem, r.text])).toEqual([
      [5, 'tooManyFields', '3b,extra,1,2'],
      [8, 'tooFewFields', '5b,short'],
      [309, 'tooManyFields', '305b,called back, angry,7'],
      [505, 'tooFewFields', '501,trunc'],
    ]);
    expect(await rejectedTable(t.rejected!.table)).toEqual([
      { file: 'ragged-notes.csv', line: 5, problem: 'tooManyFields', raw_text: '3b,extra,1,2' },
      { file: 'ragged-notes.csv', line: 8, problem: 'tooFewFields', raw_text: '5b,short' },
      { file: 'ragged-notes.csv', line: 309, problem: 'tooManyFields', raw_text: '305b,called back, angry,7' },
      { file: 'ragged-notes.csv', line: 505, problem: 'tooFewFields', raw_text: '501,trunc' },
    ]);
    // a short row is never padded: no row has an empty amount; 2 × (1 + … + 500) = 250,500
    const sums = await engine.query(
      sql`select count(*) filter (where amount is null) as empty, sum(amount) as s from ${ident(t.table)}`,
    );
    expect(sums.rows).toEqual([{ empty: 0, s: 250_500 }]);
  });

  it('counts lines of quoted fields with line breaks, and CRLF line ends', async () => {
    // line 1 header; 2 row 1; 3–4 row 2 (a note over two lines); 5 bad; 6 row 3; 7–9 row 4 (three lines); 10 bad
    const rows = [
      'id,note,amount',
      '1,a,1',
      '2,"two\r\nlines",2',
      '9,x,9,9',
      '3,c,3',
      '4,"three\r\nlines\r\nhere",4',
      '8,y',
      ...Array.from({ length: 400 }, (_, i) => `${i + 5},n,${i + 5}`),
    ];
    const { result } = await loadText('multiline.csv', rows.join('\r\n') + '\r\n');
    if (!result.ok) throw new Error(result.error.message);
    const t = result.tables[0]!;
    // 4 + 400 rows read, 2 set aside
    expect(t.rows).toBe(404);
    expect(t.rejected?.first.map((r) => [r.line, r.text])).toEqual([
      [5, '9,x,9,9'],
      [10, '8,y'],
    ]);
  });

  it('an unclosed quote names its line and keeps what came before', async () => {
    // line 1 header, lines 2..401 rows 1..400, line 402 opens a quote that never closes, then 3 more lines
    const good = Array.from({ length: 400 }, (_, i) => `${i + 1},ok,${i + 1}`);
    const text = ['id,note,amount', ...good, '401,"never closed,1', '402,a,2', '403,b,3', '404,c,4'].join('\n') + '\n';
    const { result } = await loadText('unclosed.csv', text);
    if (!result.ok) throw new Error(result.error.message);
    const t = result.tables[0]!;
    expect(t.rows).toBe(400);
    expect(t.rejected?.count).toBe(1);
    expect(t.rejected?.first[0]).toMatchObject({ line: 402, problem: 'unclosedQuote' });
    expect(t.rejected?.first[0]?.text.startsWith('401,"never closed,1')).toBe(true);
  });

  it('asks above 1% of rows, shows the first bad lines, and loads nothing when declined', async () => {
    // 100 good rows and 2 ragged ones (after rows 10 and 20: lines 12 and 23): 2 / 102 = 1.96% > 1%
    const text = callsWith(100, { 10: '10b,x,1,1', 20: '20b,y' });
    const before = (await engine.query(raw('select count(*) as n from duckdb_tables()'))).rows[0]?.n;
    const { result, asked } = await loadText('many-bad.csv', text, () => false);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ count: 2, total: 102 });
    expect(asked[0]?.first.map((r) => r.line)).toEqual([12, 23]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('badRowsDeclined');
    expect(result.error.params).toEqual({ count: 2, total: 102 });
    // nothing half-loaded: neither the table nor its rejected rows
    expect((await engine.query(raw('select count(*) as n from duckdb_tables()'))).rows[0]?.n).toBe(before);

    const again = await loadText('many-bad-yes.csv', text, () => true);
    if (!again.result.ok) throw new Error(again.result.error.message);
    expect(again.result.tables[0]?.rows).toBe(100);
    expect(again.result.tables[0]?.rejected?.count).toBe(2);
  });

  it('asks from the first megabytes of a big file before reading the rest', async () => {
    // about 6 MB where every 10th row is ragged: the 4 MB sample alone shows 10% bad
    const lines = ['id,note,amount'];
    for (let i = 1; i <= 200_000; i++) lines.push(i % 10 === 0 ? `${i},bad,row,here` : `${i},note ${i},${i}`);
    const { result, asked } = await loadText('mostly-bad.csv', lines.join('\n') + '\n', () => false);
    expect(asked).toHaveLength(1);
    expect(asked[0]?.sampled).toBe(true);
    // rows 10, 20, 30 are lines 11, 21, 31
    expect(asked[0]?.first.slice(0, 3).map((r) => r.line)).toEqual([11, 21, 31]);
    expect(result.ok === false && result.error.code).toBe('badRowsDeclined');
  });

  it('a file where no row can be read says so, naming the first line', async () => {
    const { result } = await loadText('all-bad.csv', 'a,b,c\n1,2\n3,4\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('noRowsRead');
    expect(result.error.params).toEqual({ count: 2, line: 2, problem: 'tooFewFields' });
  });

  it('a value of another type past the sample still makes the column text, not a set-aside row', async () => {
    const text = 'id,value\n' + Array.from({ length: 25_000 }, (_, i) => `${i},${i}`).join('\n') + '\n25000,abc\n';
    const { result } = await loadText('mixed-late.csv', text);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.tables[0]?.rows).toBe(25_001);
    expect(result.tables[0]?.rejected).toBeUndefined();
  });
});

describe('set-aside rows in appends, big-file pieces and re-encoded files', () => {
  it('appending a month with bad rows keeps them with the table it went into', async () => {
    const january = callsWith(200, {});
    const february = callsWith(300, { 150: '150b,late,1,1' });
    const [first, second] = await load(
      engine,
      [
        { name: 'jan.csv', bytes: bytes(january) },
        { name: 'feb.csv', bytes: bytes(february) },
      ],
      { appendTo: 'first' },
    );
    if (!first?.ok || !second?.ok) throw new Error('both months should load');
    const table = first.tables[0]!.table;
    // 200 + 300 rows; feb line 152 (header + 150 rows + 1) set aside
    expect(second.appended).toMatchObject({ table, rows: 500, rejected: { count: 1, total: 301 } });
    expect(second.appended?.rejected?.table).toBe(`${table}__rejected`);
    expect(await rejectedTable(`${table}__rejected`)).toEqual([
      { file: 'feb.csv', line: 152, problem: 'tooManyFields', raw_text: '150b,late,1,1' },
    ]);
    const tables = (await engine.query(raw('select table_name from duckdb_tables()'))).rows.map((r) => r.table_name);
    expect(tables.filter((n) => String(n).includes('staged'))).toEqual([]);
  });

  it('a bad row in the second piece of a big file keeps its line in the file', async () => {
    // 40 rows cut in two pieces of about half the file each: the bad row (line 32) is in the second one
    const text = callsWith(40, { 30: '30b,extra,1,1' });
    const pieceBytes = Math.ceil(text.length / 2);
    const pieces = await rowAlignedPieces('pieces-bad.csv', new Blob([bytes(text)]), pieceBytes, '"');
    expect(pieces).toHaveLength(2);
    expect(text.indexOf('30b,')).toBeGreaterThan(pieces[1]!.start);
    const source = sourceFromBytes('pieces-bad.csv', bytes(text));
    const head = new Uint8Array(await source.blob.arrayBuffer());
    const load = await readCsv(engine, source, head, 'pieces_bad', {}, () => undefined, undefined, {
      compact: true,
      pieceBytes,
    });
    // header + 30 rows = lines 1..31, the bad row is line 32
    expect(load.rejected?.first.map((r) => [r.line, r.text])).toEqual([[32, '30b,extra,1,1']]);
    const n = await engine.query(raw('select count(*) as n from pieces_bad'));
    expect(n.rows).toEqual([{ n: 40 }]);
    expect(await rejectedTable('pieces_bad__rejected')).toHaveLength(1);
  });

  it('a GBK file with a bad row names its line in the file', async () => {
    const lines = ['通话ID,备注,金额'];
    for (let i = 1; i <= 300; i++) lines.push(`C${i},客户${i}来电,${i}`);
    lines.splice(101, 0, 'C100b,多了一列,1,2');
    const { result } = await loadText('gbk-bad.csv', iconv.encode(lines.join('\r\n') + '\r\n', 'gbk') as never);
    if (!result.ok) throw new Error(result.error.message);
    const t = result.tables[0]!;
    expect(t.csv?.encoding).toBe('gb18030');
    expect(t.rows).toBe(300);
    // header is line 1, C1..C100 are lines 2..101: the inserted row is line 102
    expect(t.rejected?.first).toEqual([{ line: 102, problem: 'tooManyFields', text: 'C100b,多了一列,1,2' }]);
  });
});
