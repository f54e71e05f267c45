import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine';
import { buildCanonicalViews, detectMapping, type Mapping, type SourceTable } from '../../src/model';
import {
  canonicalRows,
  dropTaxonomyTable,
  mergeReasons,
  reactivateReason,
  readDataCodes,
  readMappingRows,
  renameReason,
  taxonomyFromRows,
  writeTaxonomyTable,
  type EditResult,
  type Taxonomy,
} from '../../src/model/taxonomy';
import { sql } from '../../src/sql';
import { openTestEngine } from '../engine/open-engine';
import { loadCsvFile } from '../model/load';

const EN = join(import.meta.dirname, '../../sample-data/en');
let engine: Engine;
let tables: SourceTable[];
let mapping: Mapping;

const ok = (r: EditResult): Taxonomy => {
  if (!r.ok) throw new Error(r.error);
  return r.taxonomy;
};

async function apply(t: Taxonomy): Promise<void> {
  await writeTaxonomyTable(
    engine,
    canonicalRows(
      t,
      (await readDataCodes(engine)).map((c) => c.code),
    ),
  );
  await buildCanonicalViews(engine, mapping, tables);
}

async function perReason(): Promise<Record<string, number>> {
  const r = await engine.query(sql`select reason, count(*)::int as n from canonical.calls group by 1`);
  return Object.fromEntries(r.rows.map((x) => [String(x.reason), Number(x.n)]));
}

async function rawCount(code: string): Promise<number> {
  const r = await engine.query(sql`select count(*)::int as n from calls where reason_code = ${code}`);
  return Number(r.rows[0]!.n);
}

beforeAll(async () => {
  engine = await openTestEngine();
  tables = [];
  for (const f of ['calls', 'customers', 'reason_mapping'])
    tables.push(await loadCsvFile(engine, join(EN, `${f}.csv`)));
  mapping = (await detectMapping(engine, tables)).mapping;
  await buildCanonicalViews(engine, mapping, tables);
});
afterAll(async () => {
  await engine.close();
});

describe('applying the taxonomy rebuilds canonical.reasons and the calls’ reasons', () => {
  it('un-merging R25 then merging it again moves its 296 calls between reasons, month by month', async () => {
    const r01 = await rawCount('R01');
    const r25 = await rawCount('R25');
    // README story 5: R25 had 117 + 103 + 76 = 296 calls (Jan–Mar)
    expect(r25).toBe(296);
    // the sample mapping already merges R25 into R01
    expect((await perReason())['Bill explanation']).toBe(r01 + r25);

    const built = taxonomyFromRows(await readMappingRows(engine));
    if (!built.ok) throw new Error(JSON.stringify(built.problem));
    const sample = built.taxonomy;
    const disputeId = sample.codes.find((c) => c.code === 'R25')!.reason!;
    const explanationId = sample.codes.find((c) => c.code === 'R01')!.reason!;
    const apart = ok(renameReason(ok(reactivateReason(sample, disputeId)), disputeId, 'Bill dispute'));
    await apply(apart);
    const before = await perReason();
    expect(before['Bill explanation']).toBe(r01);
    expect(before['Bill dispute']).toBe(296);

    await apply(ok(mergeReasons(apart, disputeId, explanationId, '2026-03-15')));
    const after = await perReason();
    // after: Bill explanation = r01 + 296, Bill dispute gone, total unchanged
    expect(after['Bill explanation']).toBe(r01 + 296);
    expect(after['Bill dispute']).toBeUndefined();
    expect(Object.values(after).reduce((a, b) => a + b, 0)).toBe(Object.values(before).reduce((a, b) => a + b, 0));

    // history keyed by raw code (as the reasons analysis keys it: merged_into, else the code) counts R25 under R01
    const monthly = await engine.query(sql`select month(c.started_at)::int as m, count(*)::int as n
      from canonical.calls c left join canonical.reasons r on r.raw_code = c.reason_code
      where coalesce(r.merged_into, c.reason_code) = 'R01' group by 1 order by 1`);
    const raw = await engine.query(sql`select month(cast(start_time as timestamp))::int as m, count(*)::int as n
      from calls where reason_code = 'R01' group by 1 order by 1`);
    const r25ByMonth = [117, 103, 76, 0, 0, 0];
    expect(monthly.rows.map((x) => Number(x.n))).toEqual(raw.rows.map((x, i) => Number(x.n) + r25ByMonth[i]!));
  });

  it('an unmapped code falls back to its raw code; dropping the taxonomy restores the mapped table', async () => {
    const built = taxonomyFromRows(await readMappingRows(engine));
    if (!built.ok) throw new Error('rows');
    const t = built.taxonomy;
    await apply({ ...t, codes: t.codes.map((c) => (c.code === 'R08' ? { code: 'R08' } : c)) });
    const reasons = await perReason();
    expect(reasons.R08).toBe(await rawCount('R08'));
    const row = await engine.query(sql`select count(*)::int as n from canonical.reasons where raw_code = 'R08'`);
    expect(row.rows[0]!.n).toBe(0);
    await dropTaxonomyTable(engine);
    await buildCanonicalViews(engine, mapping, tables);
    expect((await perReason())['System slow or outage']).toBe(await rawCount('R08'));
  });

  it('values with quotes and SQL are bound, never spliced', async () => {
    const hostile = `Bill'); drop table calls; --"`;
    const t: Taxonomy = {
      categories: ['账单 "费用"'],
      reasons: [{ id: 'a', name: hostile, category: '账单 "费用"', status: 'active' }],
      codes: [{ code: 'R01', reason: 'a' }],
      rules: [],
    };
    await apply(t);
    const got = await engine.query(sql`select reason, reason_category, count(*)::int as n from canonical.calls
      where reason_code = 'R01' group by all`);
    expect(got.rows).toEqual([{ reason: hostile, reason_category: '账单 "费用"', n: await rawCount('R01') }]);
    await dropTaxonomyTable(engine);
  });
});
