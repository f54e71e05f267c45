import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReasonTable } from '../../../src/analyses/reasons/matrix-shape';
import { matrixSql } from '../../../src/analyses/reasons/matrix-sql';
import { readTags } from '../../../src/analyses/reasons/tags-shape';
import { tagsSql } from '../../../src/analyses/reasons/tags-sql';
import { transitionsSql } from '../../../src/analyses/reasons/transitions-sql';
import type { Engine } from '../../../src/engine/engine';
import { DEFAULT_DEFINITIONS } from '../../../src/metrics';
import { NO_FILTERS } from '../../../src/model';
import { openTestEngine } from '../../engine/open-engine';
import { expectValidQuery } from '../../engine/valid-query';
import { loadReasonFixture } from './setup';

let engine: Engine;
beforeAll(async () => {
  engine = await openTestEngine();
});
afterAll(async () => {
  await engine.close();
});

// R25 was merged into R01: its calls count under "Bill explanation". R09 maps to "Other"; R77 is not mapped.
export const MAPPING = [
  'R01,Bill explanation,Billing,active,,2026-01-01,',
  'R25,Bill explanation,Billing,merged,R01,2026-01-01,2026-03-15',
  'R02,Slow speed,Technical,active,,2026-01-01,',
  'R09,Other,Other,active,,2026-01-01,',
].join('\n');

// id, customer, time, outcome, wait, handle, raw reason, resolved, csat, notes. The last call is 03-31 12:00.
export const CALLS = [
  '1,c1,2026-03-01 09:00:00,ANSWERED,10,100,R25,Y,4,',
  '2,c1,2026-03-01 20:00:00,ANSWERED,20,200,R01,N,,',
  '3,c1,2026-03-08 20:00:00,ANSWERED,30,300,R02,Y,2,',
  '4,c2,2026-03-02 10:00:00,ABANDONED,40,0,R02,,,',
  '5,c2,2026-03-03 10:00:01,ANSWERED,5,150,R02,Y,5,',
  '6,,2026-03-04 11:00:00,ANSWERED,15,120,R01,Y,,',
  '7,c3,2026-03-05 12:00:00,ANSWERED,25,90,R09,N,,SkyNet Telecom offered a discount',
  '8,c3,2026-03-30 12:00:00,ANSWERED,10,60,R77,,,客户想转网到天网通信',
  '9,c4,2026-03-31 12:00:00,ANSWERED,20,100,R01,Y,3,',
].join('\n');

describe('reasons on a hand-worked fixture', () => {
  it('ranks reasons by volume with shares, Pareto cumulative share, coverage, and merges re-aggregated', async () => {
    await loadReasonFixture(engine, CALLS, MAPPING);
    const d = { ...DEFAULT_DEFINITIONS, costPerMinute: 2 };
    const statement = matrixSql(NO_FILTERS, d);
    await expectValidQuery(engine, statement);
    const table = readReasonTable(await engine.query(statement));
    // 9 offered calls. Bill explanation = calls 1 (R25, merged), 2, 6, 9 → 4; Slow speed = 3, 4, 5 → 3;
    // Other = 7 → 1; R77 (unmapped: its name is its code) = 8 → 1. Ties order by name ("Other" < "R77").
    expect(table.offered).toBe(9);
    expect(table.reasons.map((r) => [r.reason, r.code, r.values.offered])).toEqual([
      ['Bill explanation', 'R01', 4],
      ['Slow speed', 'R02', 3],
      ['Other', 'R09', 1],
      ['R77', 'R77', 1],
    ]);
    expect(table.reasons.map((r) => r.values.share)).toEqual([4 / 9, 3 / 9, 1 / 9, 1 / 9]);
    // Cumulative: 4/9, 4/9 + 3/9 = 7/9, 8/9, 9/9.
    expect(table.reasons.map((r) => r.cumulative)).toEqual([4 / 9, 7 / 9, 8 / 9, 1]);
    // Coverage: call 7 ("Other") and call 8 (R77, not in the mapping) → 2 / 9.
    expect(table.coverage).toBeCloseTo(2 / 9);
    expect(table.categories.map((c) => [c.reason, c.values.offered])).toEqual([
      ['Billing', 4],
      ['Technical', 3],
      [null, 1],
      ['Other', 1],
    ]);
  });

  it('computes the KPIs, right-censored repeat rates at the window edges and the cost of a reason', async () => {
    await loadReasonFixture(engine, CALLS, MAPPING);
    const table = readReasonTable(
      await engine.query(matrixSql(NO_FILTERS, { ...DEFAULT_DEFINITIONS, costPerMinute: 2 })),
    );
    const bill = table.reasons[0]!.values;
    const slow = table.reasons[1]!.values;
    const other = table.reasons[2]!.values;
    // Slow speed: answered 3 and 5 of 3, 4, 5 → 2/3; AHT (300 + 150) / 2 = 225; ASA (30 + 5) / 2 = 17.5;
    // resolved 2 of 2 answered; satisfaction (2 + 5) / 2 = 3.5.
    expect(slow.answer_rate).toBeCloseTo(2 / 3);
    expect(slow.aht_s).toBeCloseTo(225);
    expect(slow.asa_s).toBeCloseTo(17.5);
    expect(slow.resolution_rate).toBe(1);
    expect(slow.satisfaction).toBeCloseTo(3.5);
    // Gaps: 1→2 11 h (same reason after the merge), 2→3 exactly 7 days (any reason), 4→5 1 day + 1 s (same).
    // 1 day: base = calls on or before 03-30 12:00 (the last call less 1 day) of known customers.
    // Bill: {1, 2} → same 1/2, any 1/2. Slow: {3, 4, 5}, 4→5 is 1 s too late → 0/3. Other {7} → 0/1.
    expect([bill.repeat_same_1, bill.repeat_any_1]).toEqual([0.5, 0.5]);
    expect([slow.repeat_same_1, slow.repeat_any_1]).toEqual([0, 0]);
    expect(other.repeat_same_1).toBe(0);
    // 7 days: base on or before 03-24 12:00. Bill {1, 2}: same 1/2; any: 1 (11 h) and 2 (exactly 7 days) → 2/2.
    // Slow {3, 4, 5}: 4→5 → 1/3 both. Other {7}: next call 25 days later → 0/1.
    expect([bill.repeat_same_7, bill.repeat_any_7]).toEqual([0.5, 1]);
    expect(slow.repeat_same_7).toBeCloseTo(1 / 3);
    expect(slow.repeat_any_7).toBeCloseTo(1 / 3);
    expect(other.repeat_any_7).toBe(0);
    // 30 days: base on or before 03-01 12:00 → only call 1 → Bill 1/1; Slow and Other have no call old enough.
    expect([bill.repeat_same_30, bill.repeat_any_30]).toEqual([1, 1]);
    expect(slow.repeat_same_30).toBeNull();
    expect(other.repeat_any_30).toBeNull();
    // Cost at 2 a minute: Bill handle 100 + 200 + 120 + 100 = 520 s = 8.667 min → 17.333. Repeats within 7 days,
    // same reason: call 1 → 1; each costs 17.333 / 4 offered = 4.333 → total 21.667.
    expect(bill.cost).toBeCloseTo((520 / 60) * 2);
    expect(bill.repeat_cost).toBeCloseTo(((520 / 60) * 2) / 4);
    expect(bill.total_cost).toBeCloseTo((520 / 60) * 2 * 1.25);
  });

  it('counts what follows what within 7 days, censored', async () => {
    await loadReasonFixture(engine, CALLS, MAPPING);
    const statement = transitionsSql(NO_FILTERS, DEFAULT_DEFINITIONS, 7);
    await expectValidQuery(engine, statement);
    const rows = (await engine.query(statement)).rows.map((r) => `${r.from_reason}→${r.to_reason}:${r.n}`).sort();
    // Calls of known customers on or before 03-24 12:00: 1, 2, 3, 4, 5, 7. 1→2 Bill→Bill; 2→3 (exactly 7 days)
    // Bill→Slow; 3 none; 4→5 Slow→Slow; 5 none; 7→8 after 25 days: none.
    expect(rows).toEqual([
      'Bill explanation→Bill explanation:1',
      'Bill explanation→Slow speed:1',
      'Other→null:1',
      'Slow speed→Slow speed:1',
      'Slow speed→null:2',
    ]);
  });

  it('tags notes by keyword rules, case-insensitive, in Chinese and English, with exclude terms', async () => {
    await loadReasonFixture(engine, CALLS, MAPPING);
    const rules = [
      { name: 'SkyNet', include: ['skynet telecom', '天网通信'], exclude: [] },
      { name: 'SkyNet, staying', include: ['SKYNET TELECOM', '天网通信'], exclude: ['转网'] },
      { name: 'nothing', include: [], exclude: [] },
    ];
    const statement = tagsSql(NO_FILTERS, DEFAULT_DEFINITIONS, rules);
    await expectValidQuery(engine, statement);
    const tags = readTags(await engine.query(statement), rules);
    // Call 7 says "SkyNet Telecom" (other case), call 8 "天网通信" and "转网" (excluded by the second rule).
    expect(tags.map((t) => t.total)).toEqual([2, 1, 0]);
    expect(tags[0]!.months).toEqual([{ month: '2026-03', n: 2, calls: 9 }]);
  });
});
