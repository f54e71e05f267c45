import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine, QueryOptions } from '../../src/engine/engine';
import { ident, sql, type Fragment } from '../../src/sql';
import { cellText, kindOf } from '../../src/ui/grid/column-kind';
import type { GridQuery } from '../../src/ui/grid/grid-sql';
import { describeColumns, PagedQuery } from '../../src/ui/grid/paged-query';
import { contentHeight, scrollTopFor, visibleWindow } from '../../src/ui/grid/visible-window';
import { openTestEngine } from '../engine/open-engine';

const SQLISH = '"; drop table calls; --';
const HTML = '<img src=x onerror=alert(1)>';
const CHINESE = '来电原因';
const QUOTE = "it's";
const VALUES = ["O'Brien", 'x"; drop table t; --', '<script>alert(1)</script>', '退款', '?'];

let engine: Engine;
beforeAll(async () => {
  engine = await openTestEngine();
  // 10,000 rows: n = 0 … 9 999; the text columns cycle through the hostile values (n mod 5).
  await engine.query(sql`create table hostile as
    select range::integer as n,
      list_extract(${sql`[${VALUES[0]!}, ${VALUES[1]!}, ${VALUES[2]!}, ${VALUES[3]!}, ${VALUES[4]!}]`}, (range % 5)::integer + 1) as ${ident(SQLISH)},
      ${'固定'} || (range % 7)::varchar as ${ident(CHINESE)},
      range % 2 = 0 as ${ident(HTML)},
      date '2026-03-01' + (range % 31)::integer as ${ident(QUOTE)}
    from range(10000)`);
});
afterAll(async () => {
  await engine.close();
});

function query(over: Partial<GridQuery> = {}): GridQuery {
  return { source: sql`select * from hostile`, sort: null, filters: {}, tiebreak: ['n'], ...over };
}

/** Starts a paged query and shows rows [first, last), resolving once they are on hand. */
async function rowsOf(q: GridQuery, first: number, last: number) {
  const columns = await describeColumns(engine, q.source, new AbortController().signal);
  const paged = new PagedQuery(engine, q, 100, columns);
  await paged.start(() => undefined);
  paged.show(first, last);
  for (let i = 0; i < 500 && (last > first ? !paged.rowAt(last - 1) || !paged.rowAt(first) : false); i++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return paged;
}

describe('the paged grid query (real engine)', () => {
  it('counts, types, and reads rows at the start, the middle and the end', async () => {
    const paged = await rowsOf(query(), 0, 5);
    expect(paged.shape).toMatchObject({ status: 'ready', count: 10_000 });
    expect(paged.held.peak).toBe(100);
    const kinds = paged.shape.status === 'ready' ? paged.shape.columns.map((c) => [c.name, c.kind]) : [];
    expect(kinds).toEqual([
      ['n', 'integer'],
      [SQLISH, 'text'],
      [CHINESE, 'text'],
      [HTML, 'boolean'],
      [QUOTE, 'date'],
    ]);
    expect(paged.rowAt(0)).toMatchObject({ n: 0, [SQLISH]: "O'Brien", [CHINESE]: '固定0', [HTML]: true });
    paged.show(5_000, 5_020);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Row 5 000 has n = 5 000; 5 000 mod 5 = 0 → "O'Brien"; the first page was let go.
    expect(paged.rowAt(5_000)?.n).toBe(5_000);
    expect(paged.rowAt(0)).toBeUndefined();
    expect(paged.held.now).toBe(100);
    const end = await rowsOf(query(), 9_990, 10_000);
    // The last row: n = 9 999; 9 999 mod 5 = 4 → '?'; 9 999 mod 31 = 17 → 2026-03-18.
    expect(end.rowAt(9_999)).toMatchObject({ n: 9_999, [SQLISH]: '?' });
    expect((end.rowAt(9_999)?.[QUOTE] as Date).toISOString().slice(0, 10)).toBe('2026-03-18');
    expect(end.rowAt(10_000)).toBeUndefined();
  });

  it('sorts by a hostile column, ties broken by the key', async () => {
    const paged = await rowsOf(query({ sort: { column: SQLISH, descending: true } }), 0, 3);
    // Largest text first: '退款' (U+9000…) sorts after the ASCII values; the 2 000 rows with it come in n order.
    expect([0, 1, 2].map((i) => paged.rowAt(i)?.n)).toEqual([3, 8, 13]);
    expect(paged.rowAt(0)?.[SQLISH]).toBe('退款');
  });

  it('reads a deep page of a sorted list in the same order as a plain sort', async () => {
    const paged = await rowsOf(query({ sort: { column: CHINESE, descending: false } }), 5_000, 5_002);
    // '固定k' with k = n mod 7, ascending, ties by n. Residues 0, 1, 2 and 3 each have 1 429 rows (n ≤ 9 999), so
    // rows 0 … 4 286 are k = 0, 1, 2; row 5 000 is the (5 000 − 4 287) = 713th of k = 3: n = 3 + 7 × 713 = 4 994.
    expect(paged.rowAt(5_000)).toMatchObject({ n: 4_994, [CHINESE]: '固定3' });
    expect(paged.rowAt(5_001)).toMatchObject({ n: 5_001, [CHINESE]: '固定3' });
    // The page is 100 rows, all of them (rows 5 000 … 5 099), none repeated.
    const ns = Array.from({ length: 100 }, (_, i) => paged.rowAt(5_000 + i)?.n);
    expect(new Set(ns).size).toBe(100);
    expect(ns.at(-1)).toBe(3 + 7 * (713 + 99));
    const down = await rowsOf(query({ sort: { column: 'n', descending: true } }), 9_999, 10_000);
    // Sorted by the key itself, descending: the last row is n = 0.
    expect(down.rowAt(9_999)?.n).toBe(0);
  });

  it('reads a screen straddling two pages of a sorted list in one statement', async () => {
    const q = query({ sort: { column: CHINESE, descending: false } });
    const columns = await describeColumns(engine, q.source, new AbortController().signal);
    const pages: string[] = [];
    const counting: Engine = Object.assign(Object.create(engine) as Engine, {
      query: (statement: Fragment, options?: QueryOptions) => {
        if (statement.text.includes('limit')) pages.push(statement.text);
        return engine.query(statement, options);
      },
    });
    const paged = new PagedQuery(counting, q, 100, columns);
    await paged.start(() => undefined);
    pages.length = 0;
    // Rows 4 950 … 5 049: the end of page 49 and the start of page 50.
    paged.show(4_950, 5_050);
    for (let i = 0; i < 500 && !(paged.rowAt(4_950) && paged.rowAt(5_049)); i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(pages).toHaveLength(1);
    // As above: rows 4 287 … 5 715 are k = 3, ties by n, so row r is n = 3 + 7 × (r − 4 287).
    // Row 4 950: 3 + 7 × 663 = 4 644; row 4 999 (last of page 49): 3 + 7 × 712 = 4 987; row 5 000: 4 994;
    // row 5 049: 3 + 7 × 762 = 5 337.
    expect(paged.rowAt(4_950)?.n).toBe(4_644);
    expect(paged.rowAt(4_999)?.n).toBe(4_987);
    expect(paged.rowAt(5_000)?.n).toBe(4_994);
    expect(paged.rowAt(5_049)?.n).toBe(5_337);
    expect(paged.held.now).toBe(200);
    paged.dispose();
  });

  it('filters each kind of column with hostile names and values', async () => {
    const byText = await rowsOf(query({ filters: { [SQLISH]: 'drop TABLE' } }), 0, 1);
    // Only 'x"; drop table t; --' (n mod 5 = 1) contains it, ignoring case: 10 000 / 5 = 2 000 rows.
    expect(byText.shape).toMatchObject({ count: 2_000 });
    expect(byText.rowAt(0)).toMatchObject({ n: 1 });
    const byQuote = await rowsOf(query({ filters: { [SQLISH]: "'" } }), 0, 1);
    expect(byQuote.shape).toMatchObject({ count: 2_000 });
    const byHtml = await rowsOf(query({ filters: { [SQLISH]: '<script>' } }), 0, 1);
    expect(byHtml.shape).toMatchObject({ count: 2_000 });
    const byChinese = await rowsOf(query({ filters: { [CHINESE]: '固定3' } }), 0, 1);
    // n mod 7 = 3: n = 3, 10, …, 9 997 → (9 997 − 3) / 7 + 1 = 1 429 rows.
    expect(byChinese.shape).toMatchObject({ count: 1_429 });
    const byNumber = await rowsOf(query({ filters: { n: '>= 9990' } }), 0, 1);
    expect(byNumber.shape).toMatchObject({ count: 10 });
    const byEquals = await rowsOf(query({ filters: { n: '42' } }), 0, 1);
    expect(byEquals.shape).toMatchObject({ count: 1 });
    const byYesNo = await rowsOf(query({ filters: { [HTML]: '否' } }), 0, 1);
    // Odd n: 5 000 rows.
    expect(byYesNo.shape).toMatchObject({ count: 5_000 });
    const byDate = await rowsOf(query({ filters: { [QUOTE]: '2026-03-3' } }), 0, 1);
    // Days 30 and 31 (n mod 31 = 29, 30): 323 + 322 rows (10 000 = 31 × 322 + 18, so residues 0–17 get 323).
    expect(byDate.shape).toMatchObject({ count: 322 + 322 });
    const injected = await rowsOf(query({ filters: { [SQLISH]: "') or true --" } }), 0, 1);
    expect(injected.shape).toMatchObject({ count: 0 });
  });
});

describe('column kinds and cell text', () => {
  it('names DuckDB types as a user would', () => {
    expect(
      ['VARCHAR', 'BIGINT', 'DOUBLE', 'DECIMAL(10,2)', 'DATE', 'TIMESTAMP', 'TIME', 'BOOLEAN', 'INTERVAL'].map(kindOf),
    ).toEqual(['text', 'integer', 'decimal', 'decimal', 'date', 'datetime', 'time', 'boolean', 'other']);
  });

  it('shows values as plain text', () => {
    const words = { yes: '是', no: '否' };
    expect(cellText(new Date(Date.UTC(2026, 2, 1, 8, 5, 9)), 'datetime', words)).toBe('2026-03-01 08:05:09');
    expect(cellText(new Date(Date.UTC(2026, 2, 1)), 'date', words)).toBe('2026-03-01');
    expect(cellText(false, 'boolean', words)).toBe('否');
    // 1/3 to four places.
    expect(cellText(1 / 3, 'decimal', words)).toBe('0.3333');
    // 08:05:09 = 29 109 s = 29 109 000 000 µs.
    expect(cellText(29_109_000_000, 'time', words)).toBe('08:05:09');
    expect(cellText(null, 'text', words)).toBeNull();
    expect(cellText(HTML, 'text', words)).toBe(HTML);
  });
});

describe('the scaled scroll window', () => {
  it('reaches every row of 10M even though the scroll height is capped', () => {
    const rows = 10_000_000;
    const height = contentHeight(rows, 32);
    expect(height).toBeLessThan(rows * 32);
    const bottom = visibleWindow(height - 600, 600, rows, 32, 0);
    expect(bottom.last).toBe(rows);
    const middle = visibleWindow(scrollTopFor(5_000_000, 600, rows, 32), 600, rows, 32, 0);
    expect(middle.first).toBe(5_000_000);
  });

  it('is plain pixels when the rows fit', () => {
    // 1 000 rows × 32 px = 32 000 px; scrolled 3 200 px shows row 100 first.
    expect(visibleWindow(3_200, 320, 1_000, 32, 0)).toEqual({ first: 100, last: 110, top: 3_200 });
  });
});
