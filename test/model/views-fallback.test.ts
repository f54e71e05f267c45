import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine';
import { buildCanonicalViews, canonicalViewsSql, DEFAULT_SETTINGS, tableTypes, type Mapping } from '../../src/model';
import { openTestEngine } from '../engine/open-engine';
import { loadCsvText } from './load';
import { raw } from '../../src/sql';

let engine: Engine;
beforeAll(async () => {
  engine = await openTestEngine();
});
afterAll(async () => {
  await engine.close();
});

/** Columns ts, outcome (A answered), cust and topic of `table`, as the calls. */
function callsMapping(table: string): Mapping {
  return {
    calls: {
      table,
      columns: { started_at: 'ts', answered: 'outcome', customer_id: 'cust', reason: 'topic' },
      answeredValues: ['A'],
      durationUnit: 'seconds',
    },
    settings: DEFAULT_SETTINGS,
  };
}

describe('the canonical calls', () => {
  it('are a sorted table with next-contact gaps, or a view without them when too large to copy', async () => {
    const table = await loadCsvText(
      engine,
      'raw',
      'ts,outcome,cust,topic\n2026-03-02 10:00:00,A,c1,x\n2026-03-01 09:00:00,A,c1,x\n2026-03-03 09:00:00,H,c1,y\n',
    );
    const mapping = callsMapping('raw');
    const build = async (materialise: boolean) => {
      for (const s of canonicalViewsSql(mapping, tableTypes([table]), { materialise })) {
        await engine.query(s);
      }
      return (await engine.query(raw('select answered, next_same_s, next_any_s from canonical.calls'))).rows;
    };
    // Sorted by time: 03-01 09:00 (next x at 03-02 10:00 = 25 h = 90,000 s; next any the same), 03-02 10:00 (no next
    // x; next any 03-03 09:00 = 23 h = 82,800 s), 03-03 (none).
    expect(await build(true)).toEqual([
      { answered: true, next_same_s: 90_000, next_any_s: 90_000 },
      { answered: true, next_same_s: null, next_any_s: 82_800 },
      { answered: false, next_same_s: null, next_any_s: null },
    ]);
    const view = await build(false);
    expect(view.map((r) => r.next_any_s)).toEqual([null, null, null]);
    const kind = await engine.query(raw("select view_name from duckdb_views() where schema_name = 'canonical'"));
    expect(kind.rows.map((r) => r.view_name)).toContain('calls');
  });
});

describe('the canonical calls of a big table', () => {
  it('are copied a slice of customers at a time into the compressed database, with the same rows and gaps', async () => {
    // 40 calls of 7 customers (one with no id) over 2 topics, an hour apart
    const lines = Array.from({ length: 40 }, (_, i) => {
      const hour = String(i % 24).padStart(2, '0');
      const customer = i % 7 === 6 ? '' : `c${i % 7}`;
      return `2026-03-${String(1 + Math.floor(i / 24)).padStart(2, '0')} ${hour}:00:00,${i % 5 ? 'A' : 'H'},${customer},${i % 2 ? 'x' : 'y'}`;
    });
    const table = await loadCsvText(engine, 'many', `ts,outcome,cust,topic\n${lines.join('\n')}\n`);
    const mapping = callsMapping('many');
    const rows = async () =>
      (
        await engine.query(
          raw(
            'select started_at::varchar as t, customer_id, answered, next_same_s, next_any_s from canonical.calls order by t',
          ),
        )
      ).rows;
    const whole = await buildCanonicalViews(engine, mapping, [table]);
    expect(whole.materialised).toBe(true);
    const expected = await rows();
    expect(expected).toHaveLength(40);
    // 40 calls, at most 10 per slice: 4 slices
    const sliced = await buildCanonicalViews(engine, mapping, [table], { copyAtOnceMaxRows: 10, bucketRows: 10 });
    expect(sliced.materialised).toBe(true);
    expect(await rows()).toEqual(expected);
    const where = await engine.query(
      raw("select database_name from duckdb_tables() where schema_name = 'canonical' and table_name = 'calls'"),
    );
    expect(where.rows).toEqual([{ database_name: 'compact' }]);
    // Rebuilt small again: the compressed copy goes
    await buildCanonicalViews(engine, mapping, [table]);
    const after = await engine.query(
      raw("select database_name, table_name from duckdb_tables() where schema_name = 'canonical' order by table_name"),
    );
    expect(after.rows).toEqual([
      { database_name: 'memory', table_name: 'calls' },
      { database_name: 'memory', table_name: 'excluded' },
    ]);
  });
});
