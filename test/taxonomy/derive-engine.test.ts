import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine';
import { buildCanonicalViews, detectMapping, type Mapping, type SourceTable } from '../../src/model';
import {
  canonicalRows,
  deriveFromData,
  dropTaxonomyTable,
  moveToCategory,
  readDataCodes,
  readMappingRows,
  taxonomyCoverage,
  writeTaxonomyTable,
} from '../../src/model/taxonomy';
import { DEFAULT_DEFINITIONS } from '../../src/metrics';
import { codeCountsSql } from '../../src/features/taxonomy/counts-sql';
import { sql } from '../../src/sql';
import { openTestEngine } from '../engine/open-engine';
import { loadCsvText } from '../model/load';

const CSV = `call_id,customer_id,start_time,outcome,reason_code,reason_category
1,C1,2026-01-01 09:00:00,ANSWERED,X1,Billing
2,C1,2026-01-02 09:00:00,ANSWERED,X2,Billing
3,C2,2026-01-03 09:00:00,ABANDONED,X3,
4,C3,2026-01-04 09:00:00,ANSWERED,,
5,C3,2026-01-05 09:00:00,ANSWERED,X2,Billing
`;

let engine: Engine;
let tables: SourceTable[];
let mapping: Mapping;
beforeAll(async () => {
  engine = await openTestEngine();
  tables = [await loadCsvText(engine, 'small_calls', CSV)];
  const detected = (await detectMapping(engine, tables)).mapping;
  mapping = {
    ...detected,
    calls: {
      ...detected.calls!,
      columns: { ...detected.calls!.columns, reason: 'reason_code', reason_category: 'reason_category' },
    },
  };
  await buildCanonicalViews(engine, mapping, tables);
});
afterAll(async () => {
  await engine.close();
});

describe('with no mapping table, the taxonomy comes from the data', () => {
  it('each code is a reason under the calls’ own category, else "Other"; coverage counts both gaps', async () => {
    expect(await readMappingRows(engine)).toEqual([]);
    const t = deriveFromData(await readDataCodes(engine), 'Other');
    expect(t.reasons.map((r) => [r.name, r.category])).toEqual([
      ['X1', 'Billing'],
      ['X2', 'Billing'],
      ['X3', 'Other'],
    ]);
    const counts = (await engine.query(codeCountsSql(DEFAULT_DEFINITIONS))).rows.map((r) => ({
      code: r.code === null ? null : String(r.code),
      calls: Number(r.calls),
    }));
    // offered: all 5 calls (no short-abandon threshold); unmapped: call 4 (no code) = 1; other: X3 = 1 → 2/5
    expect(taxonomyCoverage(t, counts)).toEqual({ offered: 5, unmapped: 1, other: 1, share: 0.4 });
  });

  it('the taxonomy’s category wins over the category column of the calls once applied', async () => {
    const t = deriveFromData(await readDataCodes(engine), 'Other');
    const moved = moveToCategory(t, t.reasons[1]!.id, 'Account');
    if (!moved.ok) throw new Error(moved.error);
    await writeTaxonomyTable(engine, canonicalRows(moved.taxonomy));
    await buildCanonicalViews(engine, mapping, tables);
    const got = await engine.query(
      sql`select reason_code, reason_category, count(*)::int as n from canonical.calls group by all order by 1 nulls last`,
    );
    // X2's two calls carry "Billing" in the file; the taxonomy moved X2 to Account
    expect(got.rows).toEqual([
      { reason_code: 'X1', reason_category: 'Billing', n: 1 },
      { reason_code: 'X2', reason_category: 'Account', n: 2 },
      { reason_code: 'X3', reason_category: 'Other', n: 1 },
      { reason_code: null, reason_category: null, n: 1 },
    ]);
    await dropTaxonomyTable(engine);
    await buildCanonicalViews(engine, mapping, tables);
    const back = await engine.query(sql`select distinct reason_category from canonical.calls where reason_code = 'X2'`);
    expect(back.rows).toEqual([{ reason_category: 'Billing' }]);
  });
});
