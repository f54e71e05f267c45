import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/engine/engine';
import { NO_FILTERS, type Mapping } from '../../../src/model';
import { kindsSummarySql, matrixSql, reasonOptionsSql } from '../../../src/analyses/value/kinds-sql';
import { customerLifetimeSql, lifetimeSummarySql } from '../../../src/analyses/value/lifetime-sql';
import { profileReasonsSql, profileSql, profileTimelineSql } from '../../../src/analyses/value/profile-sql';
import {
  defaultImproverReasons,
  readKinds,
  readLifetime,
  readMatrix,
  readReasonOptions,
} from '../../../src/analyses/value/read-customers';
import { DEFAULT_VALUE_SETTINGS, valueSpec, type ValueSettings } from '../../../src/analyses/value/value-spec';
import { openTestEngine } from '../../engine/open-engine';
import { loadValueFixture } from './fixture';

let engine: Engine;
let mapping: Mapping;
let improvers: string[];
beforeAll(async () => {
  engine = await openTestEngine();
  mapping = await loadValueFixture(engine);
  improvers = defaultImproverReasons(readReasonOptions(await engine.query(reasonOptionsSql())));
});
afterAll(async () => {
  await engine.close();
});

const spec = (settings: Partial<ValueSettings> = {}) =>
  valueSpec(mapping, NO_FILTERS, { ...DEFAULT_VALUE_SETTINGS, ...settings });

/** Customer ids of each kind, from the matrix's kind rows. */
async function members(settings: Partial<ValueSettings> = {}, reasons = improvers) {
  const cells = readMatrix(await engine.query(matrixSql(spec(settings), reasons)));
  const of = (row: string) =>
    cells
      .filter((c) => c.axis === 'kind' && c.row === row)
      .map((c) => `${c.tier}:${c.n}`)
      .join(' ');
  return { sustained: of('sustained'), potential: of('potential'), improver: of('improver'), cells };
}

describe("seed 001's credit tiers", () => {
  it('puts each customer in A, B, C or D by arrears, late payments and days overdue', async () => {
    const { cells } = await members();
    const seg = cells.filter((c) => c.axis === 'segment').map((c) => `${c.row}/${c.tier}:${c.n}`);
    // C1 (Enterprise): no arrears, never late → A. C2: no arrears, late twice → B. C3: 50 owed, 60 days ≤ 180 → C.
    // C4: 300 owed, 200 days > 180 → D. C5: never late → A.
    expect(seg).toEqual(['Consumer/A:1', 'Consumer/B:1', 'Consumer/C:1', 'Consumer/D:1', 'Enterprise/A:1']);
    // With C at most 59 days, C3's 60 days make it D.
    const strict = readMatrix(await engine.query(matrixSql(spec({ tierDays: 59 }), improvers)));
    expect(strict.filter((c) => c.axis === 'segment' && c.tier === 'D').map((c) => c.n)).toEqual([2]);
  });
});

describe("seed 000's kinds of valuable customer", () => {
  it('finds the default improver reasons by name', () => {
    // Reasons Billing (5 calls), Complaint (5), Suggestion (1); no categories are mapped.
    expect(improvers).toEqual(['Complaint', 'Suggestion']);
    expect(
      defaultImproverReasons([
        { level: 'category', value: '投诉建议', n: 3 },
        { level: 'category', value: '账单费用', n: 9 },
        { level: 'reason', value: 'Service complaint', n: 2 },
      ]),
    ).toEqual(['投诉建议']);
  });

  it('sustained profit: net > 0 in at least 2 of the last 3 periods', async () => {
    // Last periods 04–06. C1 + + + (3) and C3 − + + (2; its 03 is older) qualify; C2 + − − (1), C4 none, C5 + (1).
    expect((await members()).sustained).toBe('A:1 C:1');
    // All three required: only C1.
    expect((await members({ sustainedMin: 3 })).sustained).toBe('A:1');
  });

  it('potential: new customers, and a bad first contact followed by another within half a year', async () => {
    // C5 joined 2026-07-01, within 180 days of the data's end (2026-08-20) → new.
    // C2's first call was abandoned, the next 111 days later → comeback. C4's first was rated 1 ≤ 2, the next 9 days
    // later → comeback. C3's first was unresolved but the next came 217 days later > 183. C1's first went well.
    expect((await members()).potential).toBe('A:1 B:1 D:1');
    const summary = readKinds(await engine.query(kindsSummarySql(spec(), improvers)), true);
    expect(summary).toMatchObject({ customers: 5, sustained: 2, potential: 3, isNew: 1, comeback: 2, improver: 1 });
    // A 220-day window brings C3 in; a 100-day one leaves C2 out; satisfaction ≤ 0 no longer makes C4's first bad.
    expect(readKinds(await engine.query(kindsSummarySql(spec({ comebackDays: 220 }), improvers)), true).comeback).toBe(
      3,
    );
    expect(readKinds(await engine.query(kindsSummarySql(spec({ comebackDays: 100 }), improvers)), true).comeback).toBe(
      1,
    );
    expect(readKinds(await engine.query(kindsSummarySql(spec({ lowSatisfaction: 0 }), improvers)), true).comeback).toBe(
      1,
    );
  });

  it('product improvers: at least 3 contacts about the reason set, at least 30% of their contacts', async () => {
    // C4: Complaint, Complaint, Suggestion of 4 contacts (3 ≥ 3, 3 ≥ 0.3 × 4). C1: 2 complaints < 3.
    expect((await members()).improver).toBe('D:1');
    // With 2 contacts enough, C1 (2 of 2) joins.
    expect((await members({ improverMinContacts: 2 })).improver).toBe('A:1 D:1');
    // An edited set without Suggestion leaves C4 with 2.
    expect((await members({}, ['Complaint'])).improver).toBe('');
  });
});

describe('lifetime from periods', () => {
  it('shows the pooled ratio and the mean of period ratios', async () => {
    const l = readLifetime(await engine.query(lifetimeSummarySql(spec())));
    // Σrevenue 200 + 100 + 30 + 10 + 40 = 380; Σcost 100 + 60 + 19 + 5 + 0 = 184 → pooled (380 − 184) ÷ 184.
    expect(l).toMatchObject({ customers: 5, periods: 12, costedPeriods: 10 });
    expect(l.pooledRatio).toBeCloseTo(196 / 184, 10);
    // Period ratios (cost > 0): C1 4, 4, 0.25; C2 11, −1/3, −0.2; C3 1, −0.5, 0.25; C4 1 → Σ 20.46667 over 10.
    expect(l.meanPeriodRatio).toBeCloseTo((4 + 4 + 0.25 + 11 - 1 / 3 - 0.2 + 1 - 0.5 + 0.25 + 1) / 10, 10);
    const c1 = await engine.query(customerLifetimeSql(spec(), 'C1'));
    // C1: pooled (200 − 100) ÷ 100 = 1, but the mean of 4, 4 and 0.25 is 2.75: cheap months weigh as much as dear ones.
    expect(c1.rows[0]).toMatchObject({ revenue: 200, cost: 100, pooled_ratio: 1, mean_ratio: 2.75, periods: 3 });
  });
});

describe('customer profile', () => {
  it("gives a customer's figures, rank, tier, kinds, timeline and reason mix", async () => {
    const p = (await engine.query(profileSql(spec(), 'C4', improvers))).rows[0];
    // C4: net −40, ratio (10 − 50) ÷ 50 = −0.8: 4th of 4 on the ratio, 5th of 5 on net.
    expect(p).toMatchObject({
      net: -40,
      ratio: -0.8,
      ratio_rank: 4,
      net_rank: 5,
      customers: 5,
      ranked_on_ratio: 4,
      tier: 'D',
      potential: true,
      comeback: true,
      improver: true,
      improver_n: 3,
      sustained: false,
    });
    const timeline = await engine.query(profileTimelineSql(spec(), 'C4'));
    expect(timeline.rows.map((r) => [r.month, r.contacts])).toEqual([
      ['2026-02', 3],
      ['2026-03', 1],
    ]);
    const reasons = await engine.query(profileReasonsSql(spec(), 'C4'));
    expect(reasons.rows.map((r) => [r.reason, r.contacts])).toEqual([
      ['Complaint', 2],
      ['Billing', 1],
      ['Suggestion', 1],
    ]);
    expect((await engine.query(profileSql(spec(), 'nobody', improvers))).rows).toEqual([]);
  });
});
