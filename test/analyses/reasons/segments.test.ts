import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedCustomerValue } from '../../../src/analyses/common/customer-value/customer-value-cache';
import {
  customerValueSpec,
  DEFAULT_CUSTOMER_VALUE_RULES,
} from '../../../src/analyses/common/customer-value/customer-value-spec';
import { readSegmentGroups } from '../../../src/analyses/reasons/segments-shape';
import { segmentGroupWhere, segmentsSql } from '../../../src/analyses/reasons/segments-sql';
import type { Engine } from '../../../src/engine/engine';
import { DEFAULT_DEFINITIONS } from '../../../src/metrics';
import { CALLS, NO_FILTERS, type Mapping } from '../../../src/model';
import { sql } from '../../../src/sql';
import { openTestEngine } from '../../engine/open-engine';
import { expectValidQuery } from '../../engine/valid-query';
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

const d = { ...DEFAULT_DEFINITIONS, costPerMinute: 2 };
// z > 1 on the revenue-cost ratio: only C2 (ratio 4, z ≈ 1.22) is a VIP (test/analyses/common/customer-value).
const rules = { ...DEFAULT_CUSTOMER_VALUE_RULES, vipRule: { kind: 'z', k: 1 } } as const;

/** Each group's calls, answered handle seconds (from its hours) and cost, then its reasons as `reason:calls:cost`. */
async function lens(which: 'vip' | 'segment' | 'tier', cached: boolean) {
  let spec = customerValueSpec(mapping, NO_FILTERS, rules);
  if (cached) spec = await cachedCustomerValue(engine, spec, 1);
  const statement = segmentsSql(NO_FILTERS, d, spec);
  await expectValidQuery(engine, statement);
  return readSegmentGroups(await engine.query(statement), which).map((g) => [
    g.group,
    g.n,
    Math.round(g.hours * 3600),
    g.cost,
    g.reasons.map((r) => `${r.reason}:${r.n}:${r.cost}`).join(' '),
  ]);
}

describe('reasons by customer value, segment and tier', () => {
  // Offered calls (no short abandons at 0 s): all 11; call 11 is anonymous, in no group. Cost = answered handle
  // minutes × 2. C1: 1 Complaint 120 s, 2 Complaint 60 s. C2: 3 Billing abandoned, 4 Billing 300 s. C3: 5 Billing
  // 240 s, 6 Billing 60 s. C4: 7 Complaint 600 s, 8 Complaint 300 s, 9 Suggestion 120 s, 10 Billing 180 s.
  it.each([false, true])('says what VIPs and the other customers call about, and its cost (cached: %s)', async (c) => {
    // Other (C1, C3, C4): Complaint 1, 2, 7, 8 = 4 calls, 1080 s → 36; Billing 5, 6, 10 = 3, 480 s → 16;
    // Suggestion 9 = 1, 120 s → 4; 8 calls, 56. VIP (C2): Billing 3, 4 = 2 calls, 300 s → 10.
    expect(await lens('vip', c)).toEqual([
      ['other', 8, 1680, 56, 'Complaint:4:36 Billing:3:16 Suggestion:1:4'],
      ['vip', 2, 300, 10, 'Billing:2:10'],
    ]);
  });

  it('breaks the calls down by segment and by credit tier', async () => {
    // Enterprise (C1): Complaint 2, 180 s → 6. Consumer (C2–C5): Billing 3, 4, 5, 6, 10 = 5, 780 s → 26;
    // Complaint 7, 8 = 2, 900 s → 30; Suggestion 1 → 4.
    expect(await lens('segment', false)).toEqual([
      ['Consumer', 8, 1800, 60, 'Billing:5:26 Complaint:2:30 Suggestion:1:4'],
      ['Enterprise', 2, 180, 6, 'Complaint:2:6'],
    ]);
    // Tiers: A C1 (Complaint 2 → 6); B C2 (Billing 2 → 10); C C3 (Billing 2, 300 s → 10); D C4 (Complaint 2 → 30,
    // Billing 1, 180 s → 6, Suggestion 1 → 4).
    expect(await lens('tier', false)).toEqual([
      ['D', 4, 1200, 40, 'Complaint:2:30 Billing:1:6 Suggestion:1:4'],
      ['A', 2, 180, 6, 'Complaint:2:6'],
      ['B', 2, 300, 10, 'Billing:2:10'],
      ['C', 2, 300, 10, 'Billing:2:10'],
    ]);
  });

  it("drills into one group's calls", async () => {
    const spec = customerValueSpec(mapping, NO_FILTERS, rules);
    const ids = async (where: ReturnType<typeof segmentGroupWhere>) =>
      (await engine.query(sql`select call_id from ${CALLS} where ${where} order by cast(call_id as integer)`)).rows.map(
        (r) => r.call_id,
      );
    expect(await ids(segmentGroupWhere('vip', 'vip', spec))).toEqual(['3', '4']);
    expect(await ids(segmentGroupWhere('tier', 'D', spec))).toEqual(['7', '8', '9', '10']);
    expect(await ids(segmentGroupWhere('segment', 'Enterprise', spec))).toEqual(['1', '2']);
  });
});
