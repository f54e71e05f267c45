import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine';
import { classifyEngineError } from '../../src/engine/error-kinds';
import { completionEntries, type SchemaColumn } from '../../src/explore/completion';
import { querySource, runStatements, type RunOutcome } from '../../src/explore/run-statements';
import { RESERVED_WORDS_SQL, SCHEMA_COLUMNS_SQL } from '../../src/explore/schema-sql';
import { splitStatements } from '../../src/explore/sql-scan';
import { sql, userSql } from '../../src/sql';
import type { GridColumn } from '../../src/ui/grid/column-kind';
import { countSql, pageSql, type GridQuery } from '../../src/ui/grid/grid-sql';
import { describeColumns, PagedQuery } from '../../src/ui/grid/paged-query';
import { copyBlock } from '../../src/ui/grid/copy-block';
import { openTestEngine } from './open-engine';

let engine: Engine;
beforeAll(async () => {
  engine = await openTestEngine();
});
afterAll(() => engine.close());

const run = (text: string, signal = new AbortController().signal) =>
  runStatements(engine, splitStatements(text), signal);

describe('cancel through the workbench', () => {
  it('stops a long statement: it leaves nothing behind and the engine answers the next one', async () => {
    const stop = new AbortController();
    // Finished, this would leave a table "stopped"; it takes seconds, far longer than the 50 ms before Cancel.
    const long = run(
      'create table stopped as select sum(a.range * b.range) as s from range(20000) a, range(20000) b; select 1',
      stop.signal,
    );
    setTimeout(() => stop.abort(), 50);
    expect(await long).toEqual({ kind: 'cancelled' });
    const next = await engine.query(sql`select count(*) as n from duckdb_tables() where table_name = ${'stopped'}`);
    expect(next.rows).toEqual([{ n: 0 }]);
    const outcome = await run('select 41 + 1 as answer');
    expect(outcome.kind).toBe('paged');
  });
});

describe('paging a user query of 10,000,000 rows', () => {
  const source = querySource('SELECT i FROM range(10000000) t(i)');
  let columns: GridColumn[];
  const query = (descending: boolean | null): GridQuery => ({
    source,
    sort: descending === null ? null : { column: 'i', descending },
    filters: {},
    tiebreak: [],
  });
  const page = async (descending: boolean | null, offset: number) => {
    const result = await engine.query(pageSql(query(descending), columns, offset, 100), { maxRows: 100 });
    return result.rows.map((r) => Number(r.i));
  };
  const from = (start: number, step: number) => Array.from({ length: 100 }, (_, k) => start + k * step);
  beforeAll(async () => {
    columns = await describeColumns(engine, source, new AbortController().signal);
  });

  it('counts every row', async () => {
    expect((await engine.query(countSql(query(null), columns))).rows).toEqual([{ n: 10_000_000 }]);
  });

  it('returns the right rows at the start, middle and end in the query’s own order', async () => {
    expect(await page(null, 0)).toEqual(from(0, 1));
    expect(await page(null, 5_000_000)).toEqual(from(5_000_000, 1));
    // The last page starts at 10,000,000 − 100 = 9,999,900 and ends at 9,999,999.
    expect(await page(null, 9_999_900)).toEqual(from(9_999_900, 1));
  });

  it('returns the right rows sorted descending', async () => {
    // Row k of the descending order holds 9,999,999 − k.
    expect(await page(true, 0)).toEqual(from(9_999_999, -1));
    // The middle (offset 5,000,000) is checked through the grid's paged query below.
    // Offset 9,999,900 → 99, down to 0.
    expect(await page(true, 9_999_900)).toEqual(from(99, -1));
  });

  it('the grid’s paged query holds the middle page after a jump, sorted descending', async () => {
    const paged = new PagedQuery(engine, query(true), 100, columns);
    let changed: () => void = () => undefined;
    await paged.start(() => changed());
    const arrived = new Promise<void>((resolve) => (changed = resolve));
    paged.show(5_000_000, 5_000_010);
    await arrived;
    // Offset 5,000,000 → 9,999,999 − 5,000,000 = 4,999,999; the page's last row, offset 5,000,099 → 4,999,900.
    expect(Number(paged.rowAt(5_000_000)?.i)).toBe(4_999_999);
    expect(Number(paged.rowAt(5_000_099)?.i)).toBe(4_999_900);
    expect(paged.rowAt(0)).toBeUndefined();
    paged.dispose();
  });
});

describe('the guard, from the workbench', () => {
  const refusedKind = (outcome: RunOutcome) =>
    outcome.kind === 'failed' ? classifyEngineError(outcome.error).kind : outcome.kind;

  it.each([
    "select * from read_csv('http://example.com/x.csv')",
    "select * from read_csv('/etc/passwd')",
    "select * from read_csv('export/../../etc/passwd')",
    "copy (select 1) to '/tmp/callsight-escape.csv'",
    'set enable_external_access = true',
  ])('refuses %s', async (text) => {
    expect(refusedKind(await run(text))).toBe('refused');
  });

  it('refuses extensions before they reach the engine, pointing at the statement', async () => {
    expect(await run('select 1; install httpfs')).toEqual({ kind: 'failed', error: null, offset: 10, refused: true });
  });

  it('still reads a file registered under ingest/', async () => {
    await engine.registerFile('ingest/explore.csv', new TextEncoder().encode('a\n1\n2\n'));
    const outcome = await run("select * from read_csv('ingest/explore.csv')");
    expect(outcome.kind === 'paged' && outcome.columns.map((c) => c.name)).toEqual(['a']);
    // 1 + 2 = 3: both values came back.
    const read = await engine.query(userSql("select sum(a) as s from read_csv('ingest/explore.csv')"));
    expect(read.rows).toEqual([{ s: 3 }]);
  });
});

describe('autocomplete names on the real engine', () => {
  it('every table and column inserted by completion runs unchanged', async () => {
    const hostile = ['来电原因', 'CallId', 'a"b', 'order', '<img src=x onerror=alert(1)>', ' '];
    await engine.query(
      userSql(
        'create table "Hostile ""T""" as select 1 as "来电原因", 2 as "CallId", 3 as "a""b", 4 as "order", ' +
          '5 as "<img src=x onerror=alert(1)>", 6 as " "',
      ),
    );
    const schema = await engine.query(SCHEMA_COLUMNS_SQL);
    const reserved = new Set((await engine.query(RESERVED_WORDS_SQL)).rows.map((r) => String(r.word)));
    const entries = completionEntries(schema.rows as unknown as SchemaColumn[], reserved);
    const table = entries.find((e) => e.type === 'table' && e.label === 'Hostile "T"');
    expect(table?.apply).toBe('"Hostile ""T"""');
    const picked = hostile.map((name) => entries.find((e) => e.type === 'column' && e.label === name)!.apply);
    const result = await engine.query(userSql(`select ${picked.join(', ')} from ${table!.apply}`));
    // The columns hold 1…6 in the order created.
    expect(Object.values(result.rows[0]!)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('copying a block of the grid', () => {
  const words = { yes: 'yes', no: 'no' };
  const open = async (text: string) => {
    const source = querySource(text);
    const columns = await describeColumns(engine, source, new AbortController().signal);
    const paged = new PagedQuery(engine, { source, sort: null, filters: {}, tiebreak: [] }, 100, columns);
    await paged.start(() => undefined);
    return { paged, columns };
  };

  it('reads rows not on screen and writes them as Excel pastes them', async () => {
    const { paged, columns } = await open(
      "select * from (values (1, 'a\tb', true), (2, 'say \"hi\"', null), (3, '第一行\n第二行', false)) v(n, s, ok)",
    );
    const copied = await copyBlock(paged, { first: 0, last: 2, left: 1, right: 2 }, columns, words, never());
    // Columns 1…2 (s, ok) of rows 0…2; the null is an empty field.
    expect(copied).toEqual({
      text: '"a\tb"\tyes\r\n"say ""hi"""\t\r\n"第一行\n第二行"\tno',
      rows: 3,
      columns: 2,
      wanted: 3,
    });
    paged.dispose();
  });

  it('stops at 10,000 rows and says how many were wanted', async () => {
    const { paged, columns } = await open('SELECT i FROM range(10000000) t(i)');
    const copied = await copyBlock(paged, { first: 5, last: 20_004, left: 0, right: 0 }, columns, words, never());
    // Rows 5…20,004 are 20,000 rows; the copy takes the first 10,000: values 5…10,004.
    expect([copied.rows, copied.wanted]).toEqual([10_000, 20_000]);
    const lines = copied.text.split('\r\n');
    expect([lines.length, lines[0], lines.at(-1)]).toEqual([10_000, '5', '10004']);
    paged.dispose();
  });
});

function never(): AbortSignal {
  return new AbortController().signal;
}
