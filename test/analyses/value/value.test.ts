import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/engine/engine';
import { NO_FILTERS, type Filters, type Mapping } from '../../../src/model';
import { concentrationSql, momentsSql } from '../../../src/analyses/value/distribution-sql';
import { readConcentration, readMoments, readWhale } from '../../../src/analyses/value/read-distribution';
import { profileSql } from '../../../src/analyses/value/profile-sql';
import { readValueRows, readVips } from '../../../src/analyses/value/read-customers';
import { bimodalityCoefficient } from '../../../src/analyses/value/stats';
import { valueTableCountSql, valueTablePageSql } from '../../../src/analyses/value/table-sql';
import { vipListSql } from '../../../src/analyses/value/vip-sql';
import { whaleSql } from '../../../src/analyses/value/whale-sql';
import {
  DEFAULT_VALUE_SETTINGS,
  costSource,
  valueSpec,
  type ValueSettings,
  type ValueSpec,
} from '../../../src/analyses/value/value-spec';
import { openTestEngine } from '../../engine/open-engine';
import { loadValueFixture } from './fixture';

let engine: Engine;
let mapping: Mapping;
beforeAll(async () => {
  engine = await openTestEngine();
  mapping = await loadValueFixture(engine);
});
afterAll(async () => {
  await engine.close();
});

const spec = (settings: Partial<ValueSettings> = {}, filters: Filters = NO_FILTERS, m = mapping): ValueSpec =>
  valueSpec(m, filters, { ...DEFAULT_VALUE_SETTINGS, ...settings });

async function rows(s: ValueSpec) {
  const page = { sort: 'customer_id', descending: false, search: '', limit: 100, offset: 0 } as const;
  return readValueRows(await engine.query(valueTablePageSql(s, page)));
}

describe('per-customer value on the hand-worked fixture', () => {
  it("ranks seed 002's B (100 on 20, ratio 4) above A (200 on 100, ratio 1), though A nets more", async () => {
    const all = await rows(spec());
    const byId = Object.fromEntries(all.map((r) => [r.customerId, r]));
    // A: (200 − 100) ÷ 100 = 1, net 100. B: (100 − 20) ÷ 20 = 4, net 80.
    expect(byId.C1).toMatchObject({ revenue: 200, cost: 100, net: 100, ratio: 1 });
    expect(byId.C2).toMatchObject({ revenue: 100, cost: 20, net: 80, ratio: 4 });
    // Ratios: C2 4 > C3 2 > C1 1 > C4 −0.8; C5 costs 0: no ratio, its own group, ranked last. Net: C1 first, C2 second.
    const ranks = [];
    for (const id of ['C1', 'C2', 'C3', 'C4', 'C5']) {
      const p = (await engine.query(profileSql(spec(), id, []))).rows[0]!;
      ranks.push([id, p.ratio_rank, p.net_rank]);
    }
    expect(ranks).toEqual([
      ['C1', 3, 1],
      ['C2', 1, 2],
      ['C3', 2, 4],
      ['C4', 4, 5],
      ['C5', 5, 3],
    ]);
    expect(byId.C5).toMatchObject({ cost: 0, ratio: null, noCost: true, contacts: 0 });
    // Contacts and handle minutes: C4 4 calls, 600 + 300 + 120 + 180 s = 20 min. The anonymous call is nobody's.
    expect(byId.C4).toMatchObject({ contacts: 4, handleMin: 20, tier: 'D' });
    expect(all).toHaveLength(5);
    expect(costSource(spec())).toBe('customers');
  });

  it('derives cost from handle minutes × rate + contacts × rate when the customer data has none', async () => {
    const e2 = await openTestEngine();
    try {
      const m = await loadValueFixture(e2, {
        serviceCost: false,
        periods: false,
        settings: { costPerMinute: 2, costPerContact: 3 },
      });
      const s = spec({}, NO_FILTERS, m);
      expect(costSource(s)).toBe('rates');
      const r = readValueRows(
        await e2.query(
          valueTablePageSql(s, { sort: 'customer_id', descending: false, search: '', limit: 9, offset: 0 }),
        ),
      );
      // C1: 3 min × 2 + 2 contacts × 3 = 12, ratio (200 − 12) ÷ 12. C4: 20 × 2 + 4 × 3 = 52.
      expect(r[0]).toMatchObject({ customerId: 'C1', cost: 12, net: 188 });
      expect(r[0]!.ratio).toBeCloseTo(188 / 12, 10);
      expect(r[3]).toMatchObject({ customerId: 'C4', cost: 52 });
      expect(r[4]).toMatchObject({ customerId: 'C5', cost: 0, ratio: null, noCost: true });
    } finally {
      await e2.close();
    }
  });

  it('with calls alone measures handle minutes at 1 per minute', async () => {
    const e2 = await openTestEngine();
    try {
      const m = await loadValueFixture(e2, { customers: false, periods: false });
      const s = spec({ measure: 'cost' }, NO_FILTERS, m);
      expect(costSource(s)).toBe('minutes');
      const r = readValueRows(
        await e2.query(
          valueTablePageSql(s, { sort: 'customer_id', descending: false, search: '', limit: 9, offset: 0 }),
        ),
      );
      // Callers C1–C4 (the anonymous caller is none): 3, 5, 5 and 20 handle minutes; no revenue, so no ratio.
      expect(r.map((x) => [x.customerId, x.cost, x.revenue, x.ratio])).toEqual([
        ['C1', 3, null, null],
        ['C2', 5, null, null],
        ['C3', 5, null, null],
        ['C4', 20, null, null],
      ]);
      const mo = readMoments(await e2.query(momentsSql(s, 'cost')));
      // Mean (3 + 5 + 5 + 20) ÷ 4 = 8.25.
      expect(mo.mean).toBeCloseTo(8.25, 10);
    } finally {
      await e2.close();
    }
  });

  it('searches by id or name, case-insensitive, with no wildcard', async () => {
    const s = spec();
    const find = async (search: string) =>
      readValueRows(
        await engine.query(valueTablePageSql(s, { sort: 'net', descending: true, search, limit: 9, offset: 0 })),
      ).map((r) => r.customerId);
    expect(await find('wang')).toEqual(['C2']);
    expect(await find('c4')).toEqual(['C4']);
    expect(await find('%')).toEqual([]);
    expect(await find("'; drop table x; --")).toEqual([]);
    const counted = await engine.query(valueTableCountSql(s, 'l'));
    // "l" is in Alpha Ltd, Gamma Li, Delta Zhao and Epsilon Chen, not in Beta Wang, and in no id.
    expect(counted.rows[0]).toEqual({ found: 4, total: 5 });
  });

  it('pages by limit and offset in a stable order', async () => {
    const page = (offset: number) =>
      engine.query(valueTablePageSql(spec(), { sort: 'ratio', descending: true, search: '', limit: 2, offset }));
    const ids = [];
    for (const offset of [0, 2, 4]) ids.push(...readValueRows(await page(offset)).map((r) => r.customerId));
    expect(ids).toEqual(['C2', 'C3', 'C1', 'C4', 'C5']);
  });
});

describe('distribution figures', () => {
  it('computes mean, median, variance and sd (population and sample), skewness and kurtosis of net', async () => {
    const m = readMoments(await engine.query(momentsSql(spec(), 'net')));
    // Net 100, 80, 20, −40, 40: n 5, Σ 200, mean 40, median 40. Deviations 60, 40, −20, −80, 0;
    // squares 3600 + 1600 + 400 + 6400 + 0 = 12000 → variance 12000 ÷ 5 = 2400 (population), ÷ 4 = 3000 (sample).
    expect(m).toMatchObject({ customers: 5, noCost: 1, n: 5, total: 200, mean: 40, median: 40, nonPositive: 1 });
    expect(m.varPop).toBeCloseTo(2400, 8);
    expect(m.varSamp).toBeCloseTo(3000, 8);
    expect(m.sdPop).toBeCloseTo(Math.sqrt(2400), 8); // 48.99
    expect(m.sdSamp).toBeCloseTo(Math.sqrt(3000), 8); // 54.77
    // m3 = (216000 + 64000 − 8000 − 512000 + 0) ÷ 5 = −48000; g1 = m3 ÷ 2400^1.5 = −0.40825;
    // sample skewness G1 = g1 × √(5 × 4) ÷ 3 = −0.60858.
    expect(m.skewness).toBeCloseTo((-48000 / 2400 ** 1.5) * (Math.sqrt(20) / 3), 8);
    // m4 = (60⁴ + 40⁴ + 20⁴ + 80⁴ + 0) ÷ 5 = 11328000; g2 = m4 ÷ 2400² − 3 = −1.03333;
    // sample excess kurtosis G2 = ((n + 1) g2 + 6)(n − 1) ÷ ((n − 2)(n − 3)) = (6 × −1.03333 + 6) × 4 ÷ 6 = −0.13333.
    expect(m.kurtosis).toBeCloseTo(((6 * (11328000 / 2400 ** 2 - 3) + 6) * 4) / 6, 8);
  });

  it('computes the bimodality coefficient from them', () => {
    // BC = (G1² + 1) ÷ (G2 + 3(n − 1)² ÷ ((n − 2)(n − 3))) = (0.37037 + 1) ÷ (−0.13333 + 3 × 16 ÷ 6) = 0.17420.
    const g = (-48000 / 2400 ** 1.5) * (Math.sqrt(20) / 3);
    expect(bimodalityCoefficient(g, -2 / 15, 5)).toBeCloseTo(1.3703704 / 7.8666667, 6);
    // Two point masses of equal weight (n = 4: 0, 0, 1, 1): G1 = 0, G2 = −6, BC = 1 ÷ (−6 + 27 ÷ 2) = 0.1333.
    expect(bimodalityCoefficient(0, -6, 4)).toBeCloseTo(1 / 7.5, 10);
    expect(bimodalityCoefficient(0, 0, 3)).toBeNull();
  });

  it('computes Gini and the top-20% share on a known vector', async () => {
    const c = readConcentration(await engine.query(concentrationSql(spec(), 'revenue')));
    // Revenue sorted up: 10, 30, 40, 100, 200 (Σ 380). Σ(2i − n − 1)x = −4×10 − 2×30 + 0 + 2×100 + 4×200 = 900;
    // Gini = 900 ÷ (5 × 380) = 0.47368. Top ⌈20% × 5⌉ = 1 customer: 200 ÷ 380.
    expect(c.gini).toBeCloseTo(900 / 1900, 10);
    expect(c.topCount).toBe(1);
    expect(c.top20Share).toBeCloseTo(200 / 380, 10);
  });

  it('leaves the zero-cost customer out of the ratio, and counts it', async () => {
    const m = readMoments(await engine.query(momentsSql(spec(), 'ratio')));
    // Ratios 1, 4, 2, −0.8: mean 6.2 ÷ 4 = 1.55; C5 (cost 0) is the one "no service cost" customer.
    expect(m).toMatchObject({ customers: 5, noCost: 1, n: 4 });
    expect(m.mean).toBeCloseTo(1.55, 10);
  });
});

describe('whale curve and VIPs', () => {
  it("finds the whale curve's peak and the loss-makers", async () => {
    const w = readWhale(await engine.query(whaleSql(spec())));
    // Net sorted down: 100, 80, 40, 20, −40 → cumulative 100, 180, 220, 240, 200 (the total).
    // Peak 240 after 4 of 5 customers: the most profitable 80% earn 240 ÷ 200 = 120% of the total.
    expect(w).toMatchObject({ n: 5, total: 200, peak: 240, peakShare: 0.8, lossCount: 1, lossShare: 0.2 });
    expect(w.peakHeight).toBeCloseTo(1.2, 10);
    expect(w.lossSum).toBe(-40);
  });

  it('scores z and robust z and applies each VIP rule', async () => {
    const vip = async (rule: ValueSettings['vipRule']) =>
      readVips(await engine.query(vipListSql(spec({ vipRule: rule }))));
    // Ratios 1, 4, 2, −0.8: mean 1.55; sample variance (0.3025 + 6.0025 + 0.2025 + 5.5225) ÷ 3 = 4.01.
    // C2: z = (4 − 1.55) ÷ √4.01 = 1.22347. Median 1.5; |x − 1.5| = 0.5, 2.5, 0.5, 2.3 → MAD (0.5 + 2.3) ÷ 2 = 1.4;
    // robust z = 0.6745 × (4 − 1.5) ÷ 1.4 = 1.20446.
    const z1 = await vip({ kind: 'z', k: 1 });
    expect(z1.vips.map((v) => v.customerId)).toEqual(['C2']);
    expect(z1.vips[0]!.z).toBeCloseTo(2.45 / Math.sqrt(4.01), 10);
    expect(z1.vips[0]!.robust).toBeCloseTo((0.6745 * 2.5) / 1.4, 10);
    expect(z1).toMatchObject({ count: 1, median: 1.5, mad: 1.4 });
    expect(z1.mean).toBeCloseTo(1.55, 10);
    // The default (z > 2) finds none; robust z > 1 finds C2 only; top 25% of 4 = ⌈1⌉ = C2.
    expect((await vip({ kind: 'z', k: 2 })).count).toBe(0);
    expect((await vip({ kind: 'robust', threshold: 1 })).vips.map((v) => v.customerId)).toEqual(['C2']);
    expect((await vip({ kind: 'top', percent: 25 })).vips.map((v) => [v.customerId, v.rank])).toEqual([['C2', 1]]);
    expect((await vip({ kind: 'top', percent: 50 })).vips.map((v) => v.customerId)).toEqual(['C2', 'C3']);
  });
});

describe('edge cases', () => {
  it('the empty case: no customer, no figure, no error', async () => {
    const s = spec({}, { ...NO_FILTERS, dateFrom: '2030-01-01' });
    const m = readMoments(await engine.query(momentsSql(s, 'net')));
    expect(m).toMatchObject({ customers: 0, n: 0, mean: null, median: null, sdPop: null, sdSamp: null });
    const c = readConcentration(await engine.query(concentrationSql(s, 'net')));
    expect(c).toMatchObject({ n: 0, gini: null, top20Share: null });
    const w = readWhale(await engine.query(whaleSql(s)));
    expect(w).toMatchObject({ n: 0, peakShare: null, peakHeight: null, lossShare: null });
    expect((await engine.query(vipListSql(s))).rows).toEqual([]);
  });

  it('the one-customer case: no spread, a sample sd of none, Gini 0, the peak at 100%', async () => {
    const s = spec({}, { ...NO_FILTERS, segments: ['Enterprise'] });
    const m = readMoments(await engine.query(momentsSql(s, 'net')));
    // C1 alone: net 100. Population variance 0; the sample variance needs two values.
    expect(m).toMatchObject({ customers: 1, n: 1, mean: 100, median: 100, varPop: 0, sdPop: 0, sdSamp: null });
    const c = readConcentration(await engine.query(concentrationSql(s, 'net')));
    // Σ(2 × 1 − 1 − 1) × 100 = 0 → Gini 0; the top ⌈0.2⌉ = 1 customer holds everything.
    expect(c).toMatchObject({ n: 1, gini: 0, top20Share: 1 });
    const w = readWhale(await engine.query(whaleSql(s)));
    expect(w).toMatchObject({ n: 1, peakShare: 1, peakHeight: 1, lossCount: 0 });
    // One value: sd undefined, so z is undefined and nobody is a VIP by z.
    expect(readVips(await engine.query(vipListSql(s))).count).toBe(0);
  });

  it('the all-zero-cost case: every customer in the "no service cost" group, no ratio anywhere', async () => {
    const e2 = await openTestEngine();
    try {
      const m = await loadValueFixture(e2, {
        serviceCost: false,
        periods: false,
        settings: { costPerMinute: 0, costPerContact: 0 },
      });
      const s = spec({}, NO_FILTERS, m);
      const mo = readMoments(await e2.query(momentsSql(s, 'ratio')));
      expect(mo).toMatchObject({ customers: 5, noCost: 5, n: 0, mean: null });
      // Net is then the revenue: 200 + 100 + 30 + 10 + 40 = 380, every customer included.
      const net = readMoments(await e2.query(momentsSql(s, 'net')));
      expect(net).toMatchObject({ n: 5, total: 380 });
      expect(readVips(await e2.query(vipListSql(s))).count).toBe(0);
    } finally {
      await e2.close();
    }
  });
});
