import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine';
import { ident, sql } from '../../src/sql';
import { openTestEngine } from '../engine/open-engine';
import { load, loadOne } from './helpers';

let engine: Engine;
beforeAll(async () => {
  engine = await openTestEngine();
});
afterAll(async () => {
  await engine.close();
});

async function one(table: string, expr: string) {
  const result = await engine.query(
    sql`select ${sql([expr] as unknown as TemplateStringsArray)} as v from ${ident(table)}`,
  );
  return result.rows[0]?.v;
}

describe('every text encoding gives the same Chinese table', () => {
  for (const file of [
    'calls-utf8.csv',
    'calls-utf8-bom.csv',
    'calls-gbk.csv',
    'calls-gb18030.csv',
    'calls-utf16le.csv',
    'calls-utf16be.csv',
  ]) {
    it(file, async () => {
      const t = await loadOne(engine, file);
      expect(t.rows).toBe(5);
      expect(t.columns.map((c) => c.name)).toEqual([
        '通话ID',
        '来电时间',
        '业务线',
        '等待时长',
        '通话时长',
        '是否接通',
        '备注',
      ]);
      // 12 + 30 + 45 + 8 + 60 = 155
      expect(await one(t.table, 'sum("等待时长")')).toBe(155);
      // 是否接通 is 是/否, so it becomes a boolean: 4 of 5 answered
      expect(t.columns.find((c) => c.name === '是否接通')?.type).toBe('BOOLEAN');
      expect(await one(t.table, 'count_if("是否接通")')).toBe(4);
      expect(await one(t.table, `string_agg("业务线", '|' order by "通话ID")`)).toBe('宽带|移动|宽带|电视|移动');
      expect(await one(t.table, `max("备注") filter (where "通话ID" = 'C003')`)).toBe('咨询套餐,已解决');
      const expected = { 'calls-gbk.csv': 'gb18030', 'calls-gb18030.csv': 'gb18030', 'calls-utf16le.csv': 'utf-16le' };
      const encodings: Record<string, string> = { ...expected, 'calls-utf16be.csv': 'utf-16be' };
      expect(t.csv?.encoding).toBe(encodings[file] ?? 'utf-8');
    });
  }

  it('calls-big5.csv (traditional Chinese)', async () => {
    const t = await loadOne(engine, 'calls-big5.csv');
    expect(t.csv?.encoding).toBe('big5');
    expect(t.columns[2]?.name).toBe('業務線');
    expect(await one(t.table, `string_agg("業務線", '|' order by "通話ID")`)).toBe('寬頻|行動|寬頻|電視|行動');
  });

  it('a wrong encoding chosen by the user changes what is read', async () => {
    const t = await loadOne(engine, 'calls-gbk.csv', { csv: { encoding: 'big5' } });
    expect(t.csv?.encoding).toBe('big5');
    expect(t.columns.map((c) => c.name)).not.toContain('业务线');
  });
});

describe('CSV dialects', () => {
  it('semicolons with decimal commas and day-first dates', async () => {
    const t = await loadOne(engine, 'semicolon-decimal-comma.csv', { csv: { decimalComma: true, delimiter: ';' } });
    // 1.5 + 2.25 + 3 = 6.75
    expect(await one(t.table, 'sum(amount)')).toBe(6.75);
    expect(t.csv?.delimiter).toBe(';');
    expect(await one(t.table, `max("day")::varchar`)).toBe('2026-02-28');
  });

  for (const file of ['tabs.tsv', 'pipes.txt']) {
    it(file, async () => {
      const t = await loadOne(engine, file);
      // 1.5 + 2.25 + 3 = 6.75
      expect(await one(t.table, 'sum(amount)')).toBe(6.75);
    });
  }

  it('a file without a header, and the header override', async () => {
    const guessed = await loadOne(engine, 'no-header.csv');
    expect(guessed.rows).toBe(3);
    const forced = await loadOne(engine, 'no-header.csv', { csv: { header: true } });
    // the first row became the header, leaving 2 rows
    expect(forced.rows).toBe(2);
    expect(forced.columns[2]?.name).toBe('A01');
  });
});

describe('conversions', () => {
  it('durations, booleans and Chinese dates become typed columns', async () => {
    const t = await loadOne(engine, 'conversions.csv');
    const types = Object.fromEntries(t.columns.map((c) => [c.name, c.type]));
    expect(types).toMatchObject({
      排队时长: 'INTEGER',
      是否解决: 'BOOLEAN',
      vip: 'BOOLEAN',
      flag: 'BOOLEAN',
      日期: 'DATE',
      开始时间: 'TIMESTAMP',
    });
    // 00:01:05 = 65 s, 01:00:00 = 3600 s: 65 + 3600 = 3665
    expect(await one(t.table, 'sum("排队时长")')).toBe(3665);
    expect(await one(t.table, `max("日期")::varchar`)).toBe('2026-12-31');
    expect(await one(t.table, `min("开始时间")::varchar`)).toBe('2026-03-01 08:30:00');
    expect(await one(t.table, 'count_if(vip)')).toBe(2);
    const converted = t.notices.filter((n) => n.code === 'converted').map((n) => n.params.column);
    expect(converted).toEqual(expect.arrayContaining(['排队时长', '是否解决', 'vip', '日期', '开始时间']));
  });

  it('a column converts only when every row fits, not just the first ones', async () => {
    // 25,000 rows of Y/N, then one "maybe" beyond the sample the check starts with
    const text =
      'id,vip\n' + Array.from({ length: 25_000 }, (_, i) => `${i},${i % 2 ? 'Y' : 'N'}`).join('\n') + '\n25000,maybe\n';
    const [result] = await load(engine, [{ name: 'late.csv', bytes: new TextEncoder().encode(text) }]);
    if (!result?.ok) throw new Error(result?.error.message);
    expect(result.tables[0]?.columns.find((c) => c.name === 'vip')?.type).toBe('VARCHAR');
  });
});

describe('other formats', () => {
  it('JSON array and NDJSON', async () => {
    for (const file of ['calls.json', 'calls.ndjson']) {
      const t = await loadOne(engine, file);
      expect(t.rows).toBe(3);
      // 10 + 20 + 30 = 60
      expect(await one(t.table, 'sum(wait)')).toBe(60);
      expect(await one(t.table, `count_if("业务" = '宽带')`)).toBe(2);
    }
  });

  it('Parquet', async () => {
    const t = await loadOne(engine, 'calls.parquet');
    // 1 + 2 + 3 = 6
    expect(await one(t.table, 'sum(wait)')).toBe(6);
    expect(await one(t.table, 'max(line)')).toBe('宽带');
  });

  it('Arrow IPC file', async () => {
    const t = await loadOne(engine, 'calls.arrow');
    // 5 + 7 = 12
    expect(await one(t.table, 'sum(wait)')).toBe(12);
  });

  it('Excel: every non-empty sheet becomes a table, .xlsx and .xls alike', async () => {
    for (const file of ['calls.xlsx', 'calls.xls']) {
      const [result] = await load(engine, [file]);
      if (!result?.ok) throw new Error(result?.error.message);
      expect(result.tables.map((t) => t.sheet)).toEqual(['通话', 'agents']);
      const calls = result.tables[0]!;
      expect(calls.label).toBe(`${file} — 通话`);
      // 3 + 4 = 7
      expect(await one(calls.table, 'sum("等待时长")')).toBe(7);
      expect(await one(calls.table, `min("来电时间")::varchar`)).toBe('2026-03-01 08:30:00');
      expect(calls.columns.find((c) => c.name === '是否接通')?.type).toBe('BOOLEAN');
      expect(result.tables[1]?.rows).toBe(2);
    }
  });

  it('a macro workbook loads its data and says the macros were ignored', async () => {
    const t = await loadOne(engine, 'macro.xlsm');
    expect(await one(t.table, 'sum(wait)')).toBe(9);
    expect(t.notices.map((n) => n.code)).toContain('macrosIgnored');
  });
});
