import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANGE_DIMENSIONS, dimensionAvailable } from '../../../src/analyses/common/change/dimensions';
import { explainChange } from '../../../src/analyses/common/change/explain';
import { dispersionSql } from '../../../src/analyses/variance/dispersion-sql';
import { dispersion, outlyingBuckets, readBuckets } from '../../../src/analyses/variance/dispersion-shape';
import { calendarCountsSql } from '../../../src/analyses/variance/effects-sql';
import { calendarEffects, readCalendarCounts } from '../../../src/analyses/variance/effects-shape';
import { mixShiftSql, reasonOptionsSql } from '../../../src/analyses/variance/mixshift-sql';
import { defaultBasicReasons, readMixShift, shiftedCustomers } from '../../../src/analyses/variance/mixshift-shape';
import { bucketComparison } from '../../../src/analyses/variance/predicates';
import { segmentCellsSql, timeCellsSql } from '../../../src/analyses/variance/spread-sql';
import {
  dayGroups,
  headlineLeaveOuts,
  leaveOneOut,
  readSegmentCells,
  readTimeCells,
} from '../../../src/analyses/variance/spread-shape';
import { calendarDims } from '../../../src/analyses/variance/use-variance';
import type { Engine } from '../../../src/engine/engine';
import { callsWhere, DEFAULT_DEFINITIONS } from '../../../src/metrics';
import { NO_FILTERS } from '../../../src/model';
import { openTestEngine } from '../../engine/open-engine';
import { loadSample } from './sample';

let engine: Engine;
let available: ReadonlySet<string>;
beforeAll(async () => {
  engine = await openTestEngine();
  available = await loadSample(engine);
}, 120_000);
afterAll(async () => {
  await engine.close();
});

const D = DEFAULT_DEFINITIONS;

describe('the sample data, with no hint of where to look', () => {
  it('finds Broadband and Enterprise surging on days 1–3, and they inflate the answer rate’s sd', async () => {
    const dims = calendarDims(available);
    const effects = calendarEffects(
      readCalendarCounts(await engine.query(calendarCountsSql(NO_FILTERS, D, dims)), dims),
    );
    const lines = effects.filter((e) => e.dim === 'business_line');
    // README story 1: Broadband 2.68× and Enterprise 2.82× (raw ratio of means); the other lines ~1.
    expect(lines.map((e) => [e.segment, e.kind, e.daysOfMonth])).toEqual(
      expect.arrayContaining([
        ['Broadband', 'day_of_month', [1, 2, 3]],
        ['Enterprise', 'day_of_month', [1, 2, 3]],
      ]),
    );
    expect(lines).toHaveLength(2);
    for (const e of lines) expect(e.ratio).toBeGreaterThan(2.3);
    // The daily answer rate: mean 0.897, sd 0.057 (README).
    const buckets = readBuckets(await engine.query(dispersionSql(NO_FILTERS, D, 'answer_rate', 'day')), false);
    const stats = dispersion(buckets);
    expect(stats.mean).toBeCloseTo(0.897, 3);
    expect(stats.sd).toBeCloseTo(0.057, 3);
    const groups = dayGroups(effects, 'business_line');
    const allDays = [...new Set(groups.flatMap((g) => g.days))];
    const loo = leaveOneOut({
      buckets,
      segmentCells: readSegmentCells(
        await engine.query(segmentCellsSql(NO_FILTERS, D, 'answer_rate', 'day', 'business_line', allDays)),
        false,
      ),
      timeCells: readTimeCells(await engine.query(timeCellsSql(NO_FILTERS, D, 'answer_rate', 'day')), false),
      additive: false,
      sd: stats.sd,
      dayGroups: groups,
    });
    const [headline] = headlineLeaveOuts(loo);
    expect(headline?.segments).toEqual(['Broadband', 'Enterprise']);
    expect(headline?.daysOfMonth).toEqual([1, 2, 3]);
    // Without them on those days the sd falls to about half (0.057 → 0.029).
    expect(headline!.sd!).toBeLessThan(0.035);
    // README: leaving out lines 1 and 5 lowers the sd more than any other pair (0.033).
    const pairs = loo.filter((l) => l.segments?.length === 2 && !l.daysOfMonth);
    expect(pairs[0]?.segments).toEqual(['Broadband', 'Enterprise']);
    expect(pairs[0]!.sd!).toBeCloseTo(0.033, 3);
  });

  it('finds the 15:00 dip in the answer rate and "System slow or outage" as its driver', async () => {
    const buckets = readBuckets(await engine.query(dispersionSql(NO_FILTERS, D, 'answer_rate', 'hour')), false);
    const stats = dispersion(buckets);
    const [dip] = outlyingBuckets(buckets, stats);
    // README story 2: hour 15 answers 0.765, the other hours 0.89–0.92.
    expect(dip?.bucket).toBe('15');
    expect(dip?.value).toBeCloseTo(0.765, 3);
    const comparison = bucketComparison('hour', '15', 8, 181);
    const why = await explainChange(
      engine,
      {
        kpi: 'answer_rate',
        definitions: D,
        dimensions: CHANGE_DIMENSIONS.filter((d) => d !== comparison.own && dimensionAvailable(d, available)),
        minCalls: 10,
        periods: { where: callsWhere(NO_FILTERS), test: comparison.test, control: comparison.control },
      },
      { testDays: comparison.testDays, controlDays: comparison.controlDays },
    );
    expect(why.drivers[0]?.conditions).toEqual([{ dim: 'reason', value: 'System slow or outage' }]);
    // R08 share 15.3% at 15:00 against 1.25% elsewhere: about 12× as common.
    expect(why.drivers[0]!.shareTest).toBeCloseTo(0.153, 3);
    expect(why.drivers[0]!.riskRatio).toBeGreaterThan(10);
  });

  it('lists exactly the ten customers whose questions shifted to basic ones', async () => {
    const options = (await engine.query(reasonOptionsSql(NO_FILTERS))).rows.map((r) => ({
      code: String(r.code),
      label: String(r.label),
    }));
    // The default basic set comes from the reason names: Where is my bill, Password reset, How to use a feature.
    const basic = defaultBasicReasons(options);
    expect(basic.sort()).toEqual(['R02', 'R10', 'R14']);
    const mix = readMixShift(
      await engine.query(mixShiftSql({ filters: NO_FILTERS, basic, windowDays: 42, minContacts: 10 })),
    );
    expect(mix.from).toBe('2026-05-20');
    const shifted = shiftedCustomers(mix.customers, 0.3).map((c) => c.customer);
    expect(shifted.sort()).toEqual([
      'C0343',
      'C0858',
      'C0923',
      'C0944',
      'C1167',
      'C1267',
      'C1614',
      'C1672',
      'C1991',
      'C1997',
    ]);
  });
});
