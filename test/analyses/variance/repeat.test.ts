import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { driversSql } from '../../../src/analyses/common/change/drivers-sql';
import { readDriverCells } from '../../../src/analyses/common/change/drivers-shape';
import { segmentPeriodsSql } from '../../../src/analyses/common/change/kitagawa-sql';
import { kitagawa, readSegmentPeriods } from '../../../src/analyses/common/change/kitagawa-shape';
import { dispersionSql } from '../../../src/analyses/variance/dispersion-sql';
import { readBuckets } from '../../../src/analyses/variance/dispersion-shape';
import { periodPredicate } from '../../../src/analyses/variance/predicates';
import type { Engine } from '../../../src/engine/engine';
import { callsWhere, DEFAULT_DEFINITIONS } from '../../../src/metrics';
import { NO_FILTERS } from '../../../src/model';
import { openTestEngine } from '../../engine/open-engine';
import { loadCalls } from '../kpi/setup';

let engine: Engine;
beforeAll(async () => {
  engine = await openTestEngine();
  await loadCalls(engine, CALLS);
});
afterAll(async () => {
  await engine.close();
});

// Repeat window N = 2 days. The last call is b8 on 03-05 12:00: only calls up to 03-03 12:00 can be followed up.
const D = { ...DEFAULT_DEFINITIONS, repeatDays: 2 };
const CALLS = [
  'b1,c1,2026-03-01 09:00:00,ANSWERED,5,60,R1,Y', // → b3 (R1) 23 h later: a repeat
  'b2,c2,2026-03-01 10:00:00,ANSWERED,5,60,R2,Y', // c2 never calls again
  'b9,,2026-03-01 11:00:00,ANSWERED,5,60,R1,Y', // anonymous: in no denominator
  'b3,c1,2026-03-02 08:00:00,ANSWERED,5,60,R1,Y', // → b5 (R1) 25 h later: a repeat
  'b4,c3,2026-03-02 09:00:00,ANSWERED,5,60,R2,Y', // → b6 (R2) 25 h later: a repeat
  'b5,c1,2026-03-03 09:00:00,ANSWERED,5,60,R1,Y',
  'b6,c3,2026-03-03 10:00:00,ANSWERED,5,60,R2,Y',
  'b7,c4,2026-03-03 11:00:00,ANSWERED,5,60,R1,Y', // → b8 2 days 1 h later: too late, no repeat
  'b10,c5,2026-03-03 13:00:00,ANSWERED,5,60,R1,Y', // after the cut-off: its window has not closed
  'b8,c4,2026-03-05 12:00:00,ANSWERED,5,60,R1,Y',
].join('\n');

const periods = {
  where: callsWhere(NO_FILTERS),
  test: periodPredicate({ from: '2026-03-02', to: '2026-03-03' }),
  control: periodPredicate({ from: '2026-03-01', to: '2026-03-01' }),
};

describe('the repeat rate taken apart', () => {
  it('splits its change by reason into mix and rate over the calls whose window closed (Kitagawa)', async () => {
    const split = kitagawa(
      readSegmentPeriods(await engine.query(segmentPeriodsSql('repeat_rate', D, 'reason', periods))),
      false,
    );
    // Control 03-01: R1 b1 repeat (1/1), R2 b2 no (0/1): 1/2. Test: R1 b3 yes, b5 no, b7 no (1/3); R2 b4 yes,
    // b6 no (1/2); b10 is past the cut-off: 2/5. Total −0.1.
    expect(split.before).toBeCloseTo(1 / 2, 12);
    expect(split.after).toBeCloseTo(2 / 5, 12);
    expect(split.total).toBeCloseTo(-0.1, 12);
    // Shares: control R1 1/2, R2 1/2; test R1 3/5, R2 2/5.
    // Mix: (3/5 − 1/2)(1 + 1/3)/2 + (2/5 − 1/2)(0 + 1/2)/2 = 1/15 − 1/40 = 1/24.
    // Rate: (1/3 − 1)(1/2 + 3/5)/2 + (1/2 − 0)(1/2 + 2/5)/2 = −11/30 + 9/40 = −17/120. Sum −12/120 = −0.1.
    expect(split.mix).toBeCloseTo(1 / 24, 12);
    expect(split.rate).toBeCloseTo(-17 / 120, 12);
    const r1 = split.segments.find((s) => s.segment === 'R1')!;
    expect([r1.w0, r1.w1, r1.r0, r1.r1]).toEqual([1, 3, 1, expect.closeTo(1 / 3, 12)]);
  });

  it('has no value on days without a closed window, and weighs each day by its closed calls', async () => {
    const days = readBuckets(await engine.query(dispersionSql(NO_FILTERS, D, 'repeat_rate_any', 'day')), false);
    // Any reason. 03-01: b1 yes, b2 no (1/2). 03-02: b3 yes, b4 yes (2/2). 03-03: b5, b6, b7 no (0/3; b10 is past
    // the cut-off). 03-04: no call. 03-05: b8 past the cut-off: no denominator.
    expect(days.map((b) => [b.bucket, b.value, b.weight])).toEqual([
      ['2026-03-01', 0.5, 2],
      ['2026-03-02', 1, 2],
      ['2026-03-03', 0, 3],
      ['2026-03-04', null, 0],
      ['2026-03-05', null, 0],
    ]);
  });

  it('compares the periods for "why did it move" over the same denominator', async () => {
    const dims = ['reason'] as const;
    const { total, cells } = readDriverCells(
      await engine.query(driversSql({ kpi: 'repeat_rate', definitions: D, periods, dimensions: dims, minCalls: 1 })),
      dims,
      false,
    );
    // Test: 2 repeats of 5 closed calls (6 calls, b10 included); control: 1 of 2 (3 calls, b9 included).
    expect([total.test.calls, total.test.sum.num, total.test.sum.weight]).toEqual([6, 2, 5]);
    expect([total.control.calls, total.control.sum.num, total.control.sum.weight]).toEqual([3, 1, 2]);
    const r2 = cells.find((c) => c.conditions[0]?.value === 'R2')!;
    // R2: test b4 yes, b6 no (1/2); control b2 no (0/1).
    expect([r2.test.sum.num, r2.test.sum.weight, r2.control.sum.num, r2.control.sum.weight]).toEqual([1, 2, 0, 1]);
  });
});
