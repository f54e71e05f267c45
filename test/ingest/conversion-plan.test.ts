import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine';
import { csvSample, SAMPLE_BYTES } from '../../src/ingest/csv-sample';
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

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('the sample conversions are picked from', () => {
  it('is the whole file when the file is small', async () => {
    expect(text(await csvSample(new Blob([bytes('a,b\n1,2\n3,4')]), 100))).toBe('a,b\n1,2\n3,4');
  });

  it('ends after a whole line, never inside a quoted field', async () => {
    const file = 'a,b\n1,x\n2,"two\nlines"\n3,y\n';
    // the first 16 bytes end inside the quoted field: the sample stops before its row
    expect(text(await csvSample(new Blob([bytes(file)]), 16))).toBe('a,b\n1,x\n');
    expect(text(await csvSample(new Blob([bytes(file)]), 24))).toBe('a,b\n1,x\n2,"two\nlines"\n');
  });
});

describe('the sample cut', () => {
  it('ends after the last line break outside quotes, as a byte-by-byte scan finds it', async () => {
    const reference = (b: Uint8Array) => {
      let quoted = false;
      let end = 0;
      b.forEach((x, i) => {
        if (x === 0x22) quoted = !quoted;
        else if (x === 0x0a && !quoted) end = i + 1;
      });
      return end;
    };
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^[ab,"\n]{0,80}$/),
        fc.integer({ min: 1, max: 60 }),
        async (textIn, limit) => {
          const all = bytes(textIn + 'z'.repeat(100));
          const cut = await csvSample(new Blob([all]), limit);
          const head = all.subarray(0, limit);
          const end = reference(head);
          // a stray quote that hides every later break in the second half falls back to the last break
          if (end >= head.length / 2) expect(cut.length).toBe(end);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('conversions on a file larger than the sample', () => {
  // Rows of at least 8 bytes: enough of them to pass the sample's size, then rows the sample never sees.
  const rows = Math.ceil(SAMPLE_BYTES / 8) + 1000;
  const body = Array.from(
    { length: rows },
    (_, i) => `${i},${i % 2 ? 'Y' : 'N'},2026年3月${1 + (i % 28)}日,${i % 7}`,
  ).join('\n');

  it('picks them from the first rows and still checks every row', async () => {
    const file = bytes(`id,vip,日期,score\n${body}\n${rows},maybe,2026年4月1日,high\n`);
    expect(file.length).toBeGreaterThan(SAMPLE_BYTES);
    const [result] = await load(engine, [{ name: 'late-values.csv', bytes: file }]);
    if (!result?.ok) throw new Error(result?.error.message);
    const t = result.tables[0]!;
    expect(t.rows).toBe(rows + 1);
    const types = Object.fromEntries(t.columns.map((c) => [c.name, c.type]));
    // "maybe" past the sample keeps vip as text; "high" makes score text; the dates all convert
    expect(types).toMatchObject({ vip: 'VARCHAR', 日期: 'DATE', score: 'VARCHAR' });
    const converted = t.notices.filter((n) => n.code === 'converted').map((n) => n.params.column);
    expect(converted).toEqual(['日期']);
    expect(t.notices).toContainEqual({ code: 'mixedTypes', params: { column: 'score' } });
  });

  it('a column read as text after the sample is considered for conversion too', async () => {
    // 0/1 numbers in the sample, then "否": the column becomes text, then converts to boolean
    const file = bytes(`id,flag\n${Array.from({ length: rows }, (_, i) => `${i},${i % 2}`).join('\n')}\n${rows},否\n`);
    expect(file.length).toBeGreaterThan(SAMPLE_BYTES);
    const [result] = await load(engine, [{ name: 'late-flag.csv', bytes: file }]);
    if (!result?.ok) throw new Error(result?.error.message);
    const t = result.tables[0]!;
    expect(t.columns.find((c) => c.name === 'flag')?.type).toBe('BOOLEAN');
    expect(t.notices).toContainEqual({ code: 'mixedTypes', params: { column: 'flag' } });
    expect(t.notices).toContainEqual({ code: 'converted', params: { column: 'flag', kind: 'boolean' } });
  });
});

describe('booleans in a CSV', () => {
  it('reads Y/N, yes/no and padded or Chinese words as booleans, with the right counts', async () => {
    // row i: plain is Y when i % 3 == 0; padded is " yes " when i % 4 == 0; chinese is 是 when i % 5 == 0
    const lines = Array.from(
      { length: 600 },
      (_, i) => `${i},${i % 3 ? 'N' : 'Y'},${i % 4 ? ' no ' : ' yes '},${i % 5 ? '否' : '是'},${i % 2 ? 'TRUE' : ''}`,
    );
    const [result] = await load(engine, [
      { name: 'flags.csv', bytes: bytes(`id,plain,padded,chinese,sparse\n${lines.join('\n')}\n`) },
    ]);
    if (!result?.ok) throw new Error(result?.error.message);
    const t = result.tables[0]!;
    const types = Object.fromEntries(t.columns.map((c) => [c.name, c.type]));
    expect(types).toMatchObject({ plain: 'BOOLEAN', padded: 'BOOLEAN', chinese: 'BOOLEAN', sparse: 'BOOLEAN' });
    const counts = await engine.query(
      sql`select count_if(plain)::integer as p, count_if(padded)::integer as q, count_if(chinese)::integer as c,
        count_if(sparse)::integer as s, count(sparse)::integer as sn from ${ident(t.table)}`,
    );
    // 600 rows: ⌈600/3⌉ = 200 multiples of 3, 150 of 4, 120 of 5; 300 odd rows say TRUE, the even ones are empty
    expect(counts.rows[0]).toEqual({ p: 200, q: 150, c: 120, s: 300, sn: 300 });
  });
});

describe('conversions of a table that arrives whole (JSON, Parquet, Arrow)', () => {
  it('converts each column that fits in every row and leaves the others as text', async () => {
    const rows = Array.from({ length: 25_000 }, (_, i) => ({
      id: i,
      vip: i % 2 ? 'Y' : 'N',
      日期: `2026年3月${1 + (i % 28)}日`,
      wait: '00:01:05',
    }));
    // past the first 5,000 rows the plan is picked from
    rows.push({ id: 25_000, vip: 'maybe', 日期: '2026年4月1日', wait: '01:00:00' });
    const [result] = await load(engine, [{ name: 'calls.json', bytes: bytes(JSON.stringify(rows)) }]);
    if (!result?.ok) throw new Error(result?.error.message);
    const t = result.tables[0]!;
    const types = Object.fromEntries(t.columns.map((c) => [c.name, c.type]));
    expect(types).toMatchObject({ vip: 'VARCHAR', 日期: 'DATE', wait: 'INTEGER' });
    const converted = t.notices.filter((n) => n.code === 'converted').map((n) => n.params.column);
    expect(converted.sort()).toEqual(['wait', '日期']);
    const sum = await engine.query(sql`select sum(wait)::integer as s from ${ident(t.table)}`);
    // 25,000 × 65 s + 3,600 s = 1,628,600
    expect(sum.rows[0]?.s).toBe(1_628_600);
  });
});
