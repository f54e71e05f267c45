import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/engine/engine';
import { NO_FILTERS, type Mapping } from '../../../src/model';
import { concentrationSql, histogramSql, momentsSql } from '../../../src/analyses/value/distribution-sql';
import { matrixSql, reasonOptionsSql, kindsSummarySql } from '../../../src/analyses/value/kinds-sql';
import {
  defaultImproverReasons,
  readKinds,
  readMatrix,
  readReasonOptions,
  readValueRows,
  readVips,
} from '../../../src/analyses/value/read-customers';
import {
  readConcentration,
  readHistogram,
  readMoments,
  readWhale,
} from '../../../src/analyses/value/read-distribution';
import { profileSql } from '../../../src/analyses/value/profile-sql';
import { valueTablePageSql } from '../../../src/analyses/value/table-sql';
import { DEFAULT_VALUE_SETTINGS, costSource, valueSpec } from '../../../src/analyses/value/value-spec';
import { MODE_BINS, evidenceOf, verdictOf } from '../../../src/analyses/value/verdict';
import { vipListSql } from '../../../src/analyses/value/vip-sql';
import { whaleSql } from '../../../src/analyses/value/whale-sql';
import { openTestEngine } from '../../engine/open-engine';
import { loadSample } from './sample';

let engine: Engine;
let mapping: Mapping;
beforeAll(async () => {
  engine = await openTestEngine();
  mapping = await loadSample(engine);
}, 60_000);
afterAll(async () => {
  await engine.close();
});

const spec = () => valueSpec(mapping, NO_FILTERS, DEFAULT_VALUE_SETTINGS);

describe('the value analysis on the sample data, with no hint', () => {
  it('reads cost from the customer file and finds net value polarised', async () => {
    const s = spec();
    expect(costSource(s)).toBe('customers');
    const moments = readMoments(await engine.query(momentsSql(s, 'net')));
    const concentration = readConcentration(await engine.query(concentrationSql(s, 'net')));
    const logHistogram = readHistogram(await engine.query(histogramSql(s, 'net', true, MODE_BINS)), MODE_BINS);
    // sample-data/README.md story 3: mean 3,802 vs median 472; the top 20% hold 91%; Gini 0.83; 2,000 customers.
    expect(moments.customers).toBe(2000);
    expect(moments.mean).toBeCloseTo(3801.58, 1);
    expect(moments.median).toBeCloseTo(472.23, 1);
    expect(concentration.top20Share).toBeGreaterThan(0.9);
    expect(concentration.gini).toBeGreaterThan(0.8);
    const evidence = evidenceOf(moments, concentration, logHistogram);
    const verdict = verdictOf(evidence);
    expect(verdict.level).toBe('polarised');
    // Two modes on the log scale (consumers in the hundreds, business customers in the tens of thousands).
    expect(evidence.modes).not.toBeNull();
    expect(evidence.modes!.upperShare).toBeGreaterThan(0.1);
    expect(evidence.modes!.lowerShare).toBeGreaterThan(0.5);
    expect(evidence.modes!.upperValueShare).toBeGreaterThan(0.8);
  });

  it('ranks C0002 (100,000 on 20,000: ratio 4) above C0001 (200,000 on 100,000: ratio 1)', async () => {
    const rows = readValueRows(
      await engine.query(
        valueTablePageSql(spec(), { sort: 'customer_id', descending: false, search: 'C000', limit: 2, offset: 0 }),
      ),
    );
    const [a, b] = rows;
    expect(a).toMatchObject({ customerId: 'C0001', revenue: 200000, cost: 100000, ratio: 1 });
    expect(b).toMatchObject({ customerId: 'C0002', revenue: 100000, cost: 20000, ratio: 4 });
    const rank = async (id: string) => (await engine.query(profileSql(spec(), id, []))).rows[0]!.ratio_rank as number;
    expect(await rank('C0002')).toBeLessThan(await rank('C0001'));
  });

  it('finds 58 VIPs above mean + 2 sd on the ratio and 172 loss-makers', async () => {
    expect(readVips(await engine.query(vipListSql(spec()))).count).toBe(58);
    const whale = readWhale(await engine.query(whaleSql(spec())));
    expect(whale.lossCount).toBe(172);
    expect(whale.peakHeight!).toBeGreaterThan(1);
  });

  it('finds the four credit tiers: 1,099 / 502 / 243 / 156', async () => {
    const cells = readMatrix(await engine.query(matrixSql(spec(), [])));
    const tiers: Record<string, number> = {};
    for (const c of cells.filter((x) => x.axis === 'segment')) tiers[c.tier] = (tiers[c.tier] ?? 0) + c.n;
    expect(tiers).toEqual({ A: 1099, B: 502, C: 243, D: 156 });
  });

  it('finds the product improvers through the complaint and feedback category', async () => {
    const reasons = defaultImproverReasons(readReasonOptions(await engine.query(reasonOptionsSql())));
    expect(reasons).toEqual(['Complaint & feedback']);
    const kinds = readKinds(await engine.query(kindsSummarySql(spec(), reasons)), true);
    // README story 7: 53 customers with ≥ 3 such contacts making ≥ 30% of theirs (55 planted, with noise).
    expect(kinds.improver).toBe(53);
    // 135 customers joined during the half year, all within 180 days of its end.
    expect(kinds.isNew).toBe(135);
  });
});
