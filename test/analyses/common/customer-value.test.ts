import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/engine/engine';
import { NO_FILTERS, type Mapping } from '../../../src/model';
import { cachedCustomerValue } from '../../../src/analyses/common/customer-value/customer-value-cache';
import { customerValueSql } from '../../../src/analyses/common/customer-value/customer-scores-sql';
import {
  DEFAULT_CUSTOMER_VALUE_RULES,
  customerValueSpec,
} from '../../../src/analyses/common/customer-value/customer-value-spec';
import { openTestEngine } from '../../engine/open-engine';
import { loadValueFixture } from '../value/fixture';

let engine: Engine;
let mapping: Mapping;
beforeAll(async () => {
  engine = await openTestEngine();
  mapping = await loadValueFixture(engine);
});
afterAll(async () => {
  await engine.close();
});

async function rows(rules = DEFAULT_CUSTOMER_VALUE_RULES, filters = NO_FILTERS, cached = false) {
  let spec = customerValueSpec(mapping, filters, rules);
  if (cached) spec = await cachedCustomerValue(engine, spec, 1);
  const result = await engine.query(customerValueSql(spec));
  return [...result.rows]
    .map((r) => [r.customer_id, r.segment, r.tier, r.value, r.vip])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}

describe('per-customer value for other analyses', () => {
  it('gives every identified customer its segment, tier, measure and VIP flag', async () => {
    // Ratios (revenue − cost) ÷ cost: C1 (200 − 100) ÷ 100 = 1, C2 (100 − 20) ÷ 20 = 4, C3 (30 − 10) ÷ 10 = 2,
    // C4 (10 − 50) ÷ 50 = −0.8; C5 costs 0: no ratio, never a VIP. Tiers: C1 no arrears, no late payment: A; C2
    // paid late: B; C3 50 overdue 60 days (≤ 180): C; C4 overdue 200 days: D; C5: A.
    // z on the ratio: mean 1.55, sample sd √4.01 ≈ 2.0025; C2's z = 2.45 ÷ 2.0025 ≈ 1.22 ≤ 2: no VIP by default.
    expect(await rows()).toEqual([
      ['C1', 'Enterprise', 'A', 1, false],
      ['C2', 'Consumer', 'B', 4, false],
      ['C3', 'Consumer', 'C', 2, false],
      ['C4', 'Consumer', 'D', -0.8, false],
      ['C5', 'Consumer', 'A', null, false],
    ]);
  });

  it('follows the VIP rule and measure, cached or not', async () => {
    // z > 1 on the ratio: only C2 (1.22). On net (100, 80, 20, −40, 40): mean 40, sample variance
    // (3600 + 1600 + 400 + 6400 + 0) ÷ 4 = 3000, sd 54.77; C1's z = 60 ÷ 54.77 ≈ 1.10 > 1, C2's 0.73.
    const byRatio = await rows({ ...DEFAULT_CUSTOMER_VALUE_RULES, vipRule: { kind: 'z', k: 1 } });
    expect(byRatio.filter((r) => r[4]).map((r) => r[0])).toEqual(['C2']);
    const net = { vipRule: { kind: 'z', k: 1 }, vipMeasure: 'net', tierDays: 180 } as const;
    for (const cached of [false, true]) {
      const byNet = await rows(net, NO_FILTERS, cached);
      expect(byNet.map((r) => r[3])).toEqual([100, 80, 20, -40, 40]);
      expect(byNet.filter((r) => r[4]).map((r) => r[0])).toEqual(['C1']);
    }
  });

  it('follows the global filters: only customers with a call in the dates when dates are set', async () => {
    // Calls on or after 2026-05-01: C2 (05-01), C3 (08-20). C4's tier with a 250-day threshold: C.
    const filters = { ...NO_FILTERS, dateFrom: '2026-05-01' };
    const rules = { ...DEFAULT_CUSTOMER_VALUE_RULES, tierDays: 250 };
    expect((await rows(rules, filters)).map((r) => r[0])).toEqual(['C2', 'C3']);
    expect((await rows(rules)).find((r) => r[0] === 'C4')?.[2]).toBe('C');
  });
});
