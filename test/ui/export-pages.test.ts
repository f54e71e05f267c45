import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine';
import { sql } from '../../src/sql';
import { CSV_PAGE_ROWS } from '../../src/ui/export/csv-file';
import { exportTable } from '../../src/ui/export/table-export';
import { openTestEngine } from '../engine/open-engine';

let engine: Engine;
beforeAll(async () => {
  engine = await openTestEngine();
});
afterAll(async () => {
  await engine.close();
});

describe('a CSV longer than one page', () => {
  it('has one header row and every row once, in the result’s order, across the pages', async () => {
    // 2 full pages and 1 row more: the third page holds the last row alone.
    const rows = 2 * CSV_PAGE_ROWS + 1;
    const statement = sql`select cast(${rows - 1} as bigint) - i as n, 'row ' || i as "a,""b" from range(${rows}::bigint) as t(i) order by i`;
    const { blob } = await exportTable(engine, statement, 'csv', { name: 'pages' });
    const lines = new TextDecoder('utf-8').decode(await blob.arrayBuffer()).split('\n');
    // The file ends with a line break, so the last piece is empty: header + 40,001 rows + ''.
    expect(lines.length).toBe(1 + rows + 1);
    expect(lines.at(-1)).toBe('');
    // The decoder drops the byte order mark; the header is quoted (RFC 4180) and appears once.
    expect(lines[0]).toBe('n,"a,""b"');
    expect(lines.filter((line) => line.startsWith('n,')).length).toBe(1);
    // Row i reads "(rows - 1 - i),row i": the first, the rows either side of each page break, and the last.
    for (const i of [0, CSV_PAGE_ROWS - 1, CSV_PAGE_ROWS, 2 * CSV_PAGE_ROWS - 1, rows - 1])
      expect(lines[1 + i]).toBe(`${rows - 1 - i},row ${i}`);
  });

  it('of an empty result is its header row alone', async () => {
    const { blob } = await exportTable(engine, sql`select 1 as n where false`, 'csv', { name: 'empty' });
    expect(new TextDecoder('utf-8').decode(await blob.arrayBuffer())).toBe('n\n');
  });
});
