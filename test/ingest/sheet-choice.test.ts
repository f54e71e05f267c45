import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine';
import type { SheetSummary } from '../../src/ingest/types';
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

async function tableCount(): Promise<number> {
  return Number((await engine.query(raw('select count(*) as n from duckdb_tables()'))).rows[0]?.n);
}

describe('choosing the sheets of a workbook', () => {
  it('offers each sheet with data and its row count, and loads only those chosen', async () => {
    const offered: [string, readonly SheetSummary[]][] = [];
    const [result] = await load(engine, ['calls.xlsx'], {
      chooseSheets: async (file, sheets) => {
        offered.push([file, sheets]);
        return ['agents'];
      },
    });
    // 通话 has a header and 2 calls, agents a header and 2 agents; the empty third sheet is not offered
    expect(offered).toEqual([
      [
        'calls.xlsx',
        [
          { name: '通话', rows: 2 },
          { name: 'agents', rows: 2 },
        ],
      ],
    ]);
    if (!result?.ok) throw new Error(result?.error.message);
    expect(result.tables.map((t) => [t.sheet, t.rows])).toEqual([['agents', 2]]);
  });

  it('choosing none loads nothing and says the load was cancelled', async () => {
    const before = await tableCount();
    const [result] = await load(engine, ['calls.xlsx'], { chooseSheets: async () => [] });
    expect(result?.ok === false && result.error.code).toBe('cancelled');
    expect(await tableCount()).toBe(before);
  });

  it('a workbook with one sheet of data is loaded without asking', async () => {
    let asked = false;
    const [result] = await load(engine, ['macro.xlsm'], {
      chooseSheets: async () => {
        asked = true;
        return [];
      },
    });
    expect(asked).toBe(false);
    expect(result?.ok).toBe(true);
  });
});
