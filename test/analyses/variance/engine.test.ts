import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANGE_DIMENSIONS } from '../../../src/analyses/common/change/dimensions';
import { driversSql } from '../../../src/analyses/common/change/drivers-sql';
import { explainChange } from '../../../src/analyses/common/change/explain';
import { segmentPeriodsSql } from '../../../src/analyses/common/change/kitagawa-sql';
import { kitagawa, readSegmentPeriods } from '../../../src/analyses/common/change/kitagawa-shape';
import { bandSql } from '../../../src/analyses/variance/band-sql';
import { dispersionSql, dataRangeSql } from '../../../src/analyses/variance/dispersion-sql';
import { dispersion, readBuckets } from '../../../src/analyses/variance/dispersion-shape';
import { calendarCountsSql } from '../../../src/analyses/variance/effects-sql';
import { domHeatmapSql, hourWeekdayHeatmapSql } from '../../../src/analyses/variance/heatmap-sql';
import { mixShiftSql, reasonOptionsSql } from '../../../src/analyses/variance/mixshift-sql';
import { periodPredicate } from '../../../src/analyses/variance/predicates';
import { BUCKETS } from '../../../src/analyses/variance/settings';
import { segmentCellsSql, timeCellsSql } from '../../../src/analyses/variance/spread-sql';
import type { Engine } from '../../../src/engine/engine';
import { callsWhere, DEFAULT_DEFINITIONS } from '../../../src/metrics';
import { NO_FILTERS, type Filters } from '../../../src/model';
import { raw, type Fragment } from '../../../src/sql';
import { mulberry32 } from '../../../scripts/sample-data/prng';
import { openTestEngine } from '../../engine/open-engine';
import { expectValidQuery } from '../../engine/valid-query';
import { call, HOSTILE_NAMES, loadLineCalls } from './fixture';

let engine: Engine;
beforeAll(async () => {
  engine = await openTestEngine();
});
afterAll(async () => {
  await engine.close();
});

const D = DEFAULT_DEFINITIONS;
// 03-02 (Mon): Broadband 4 (3 answered), TV 2 (2) · 03-03: Broadband 2 (1), TV 2 (2) · 03-04: no call
// 03-05: TV 2 (0), Enterprise 1 (1) · 03-06: TV 1 (0)
const FIXTURE = [
  call(1, '2026-03-02 09:00:00', true, 'Broadband'),
  call(2, '2026-03-02 09:30:00', true, 'Broadband'),
  call(3, '2026-03-02 10:00:00', true, 'Broadband'),
  call(4, '2026-03-02 10:30:00', false, 'Broadband'),
  call(5, '2026-03-02 11:00:00', true, 'TV'),
  call(6, '2026-03-02 15:00:00', true, 'TV'),
  call(7, '2026-03-03 09:00:00', true, 'Broadband'),
  call(8, '2026-03-03 09:10:00', false, 'Broadband'),
  call(9, '2026-03-03 15:00:00', true, 'TV'),
  call(10, '2026-03-03 15:30:00', true, 'TV'),
  call(11, '2026-03-05 09:00:00', false, 'TV'),
  call(12, '2026-03-05 09:05:00', false, 'TV'),
  call(13, '2026-03-05 10:00:00', true, 'Enterprise', 'Chat', 'R02', 600),
  call(14, '2026-03-06 15:00:00', false, 'TV'),
];

/** Every builder of the analysis, over some filters. */
function builders(filters: Filters): Fragment[] {
  const where = callsWhere(filters);
  const periods = {
    where,
    test: periodPredicate({ from: '2026-03-03', to: '2026-03-06' }),
    control: periodPredicate({ from: '2026-03-02', to: '2026-03-02' }),
  };
  return [
    ...BUCKETS.map((b) => dispersionSql(filters, D, 'answer_rate', b)),
    dataRangeSql(filters),
    segmentCellsSql(filters, D, 'aht_s', 'week', 'business_line', [1, 2, 3]),
    timeCellsSql(filters, D, 'offered', 'hour'),
    calendarCountsSql(filters, D, ['business_line', 'channel', 'reason']),
    domHeatmapSql(filters, D, 'answer_rate', 'channel'),
    hourWeekdayHeatmapSql(filters, D, 'offered'),
    bandSql(filters, D, 'answer_rate', 'day', 8),
    bandSql(filters, D, 'offered', 'hour', 4),
    mixShiftSql({ filters, basic: ["R02'; --"], windowDays: 3, minContacts: 1 }),
    reasonOptionsSql(filters),
    segmentPeriodsSql('answer_rate', D, 'business_line', periods),
    driversSql({ kpi: 'aht_s', definitions: D, periods, dimensions: [...CHANGE_DIMENSIONS], minCalls: 1 }),
  ];
}

describe('the variance SQL on a hand-worked fixture', () => {
  it('plans every builder (EXPLAIN) and runs it', async () => {
    await loadLineCalls(engine, FIXTURE);
    const filters = { ...NO_FILTERS, businessLines: ["TV'; --", 'TV', 'Broadband', 'Enterprise'] };
    for (const statement of [...builders(NO_FILTERS), ...builders(filters)]) {
      await expectValidQuery(engine, statement);
      await engine.query(statement);
    }
  });

  it('reads the answer rate and offered calls per day, with a day of zero volume', async () => {
    await loadLineCalls(engine, FIXTURE);
    const rate = readBuckets(await engine.query(dispersionSql(NO_FILTERS, D, 'answer_rate', 'day')), false);
    expect(rate.map((b) => b.bucket)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']);
    // 5/6, 3/4, none (no call), 1/3, 0
    expect(rate.map((b) => b.value)).toEqual([5 / 6, 3 / 4, null, 1 / 3, 0]);
    const s = dispersion(rate);
    const mean = (5 / 6 + 3 / 4 + 1 / 3 + 0) / 4;
    expect(s.mean).toBeCloseTo(mean, 12);
    expect(s.sd).toBeCloseTo(
      Math.sqrt(((5 / 6 - mean) ** 2 + (3 / 4 - mean) ** 2 + (1 / 3 - mean) ** 2 + mean ** 2) / 3),
      12,
    );
    // Weighted by offered 6, 4, 3, 1: the weighted mean is the pooled rate 9 / 14.
    expect(s.weightedMean).toBeCloseTo(9 / 14, 12);
    const offered = dispersion(readBuckets(await engine.query(dispersionSql(NO_FILTERS, D, 'offered', 'day')), true));
    // 6, 4, 0, 3, 1: mean 2.8, sd √((10.24 + 1.44 + 7.84 + 0.04 + 3.24) / 4) = √5.7
    expect(offered.mean).toBeCloseTo(2.8, 12);
    expect(offered.sd).toBeCloseTo(Math.sqrt(5.7), 12);
    expect(offered.missing).toBe(0);
    // AHT has no denominator on 03-04 (no call) and 03-06 (no answered call): both left out.
    const aht = dispersion(readBuckets(await engine.query(dispersionSql(NO_FILTERS, D, 'aht_s', 'day')), false));
    expect(aht.n).toBe(3);
    expect(aht.missing).toBe(2);
    // By weekday, offered per day: Mon 6, Tue 4, Wed 0, Thu 3, Fri 1 (one of each in the range).
    const byWeekday = readBuckets(await engine.query(dispersionSql(NO_FILTERS, D, 'offered', 'weekday')), true);
    expect(byWeekday.map((b) => [b.bucket, b.value])).toEqual([
      ['1', 6],
      ['2', 4],
      ['3', 0],
      ['4', 3],
      ['5', 1],
    ]);
  });

  it("splits the answer rate's change into mix and rate, with a segment missing from one period", async () => {
    await loadLineCalls(engine, FIXTURE);
    const periods = {
      where: callsWhere(NO_FILTERS),
      test: periodPredicate({ from: '2026-03-03', to: '2026-03-06' }),
      control: periodPredicate({ from: '2026-03-02', to: '2026-03-02' }),
    };
    const split = kitagawa(
      readSegmentPeriods(await engine.query(segmentPeriodsSql('answer_rate', D, 'business_line', periods))),
      false,
    );
    // Before 5 / 6; after (1 + 2 + 0 + 1) / 8 = 0.5
    expect(split.before).toBeCloseTo(5 / 6, 12);
    expect(split.after).toBeCloseTo(0.5, 12);
    expect(split.mix + split.rate).toBeCloseTo(0.5 - 5 / 6, 12);
    // Enterprise is only in the test period: its part is all mix.
    const enterprise = split.segments.find((s) => s.segment === 'Enterprise')!;
    expect(enterprise.share0).toBe(0);
    expect(enterprise.share1).toBeCloseTo(1 / 8, 12);
    expect(enterprise.rate).toBe(0);
  });

  it('runs over hostile table, column and value names', async () => {
    await engine.query(raw('create table if not exists x (keep integer)'));
    await loadLineCalls(
      engine,
      [
        call(1, '2026-03-02 09:00:00', true, `Line "1"; DROP TABLE x; --`, "Chat'); --", '<b>R1</b>'),
        call(2, '2026-03-03 09:00:00', false, '宽带', 'Phone', '账单'),
      ],
      HOSTILE_NAMES,
    );
    for (const statement of builders({ ...NO_FILTERS, businessLines: [`Line "1"; DROP TABLE x; --`, '宽带'] })) {
      await expectValidQuery(engine, statement);
      await engine.query(statement);
    }
    const rate = readBuckets(await engine.query(dispersionSql(NO_FILTERS, D, 'answer_rate', 'day')), false);
    expect(rate.map((b) => b.value)).toEqual([1, 0]);
    expect((await engine.query(raw('select count(*) as n from x'))).rows[0]?.n).toBe(0);
  });
});

describe('"why did it move?" recovers a planted story', () => {
  it('finds reason R07 via the app, abandoned, in the test week', async () => {
    // Two weeks, 200 calls a day spread over 5 lines, 4 channels and 10 reasons, 90% answered. In the second week,
    // 40 more calls a day of R07 via App on any line, of which only 35% are answered.
    const random = mulberry32(7);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const lines = ['Broadband', 'Mobile', 'TV', 'Fixed line', 'Enterprise'];
    const channels = ['Phone', 'Chat', 'Email', 'App'];
    const reasons = ['R01', 'R02', 'R03', 'R04', 'R05', 'R06', 'R07', 'R08', 'R09', 'R10'];
    const rows: string[] = [];
    let id = 0;
    for (let day = 0; day < 14; day++) {
      const date = `2026-03-${String(2 + day).padStart(2, '0')}`;
      for (let i = 0; i < 200; i++)
        rows.push(
          call(
            ++id,
            `${date} ${String(8 + (i % 12)).padStart(2, '0')}:00:00`,
            random() < 0.9,
            pick(lines),
            pick(channels),
            pick(reasons),
          ),
        );
      if (day >= 7)
        for (let i = 0; i < 40; i++)
          rows.push(
            call(
              ++id,
              `${date} ${String(8 + (i % 12)).padStart(2, '0')}:30:00`,
              random() < 0.35,
              pick(lines),
              'App',
              'R07',
            ),
          );
    }
    await loadLineCalls(engine, rows);
    const result = await explainChange(
      engine,
      {
        kpi: 'answer_rate',
        definitions: D,
        dimensions: ['business_line', 'channel', 'reason', 'hour', 'weekday'],
        minCalls: 10,
        periods: {
          where: callsWhere(NO_FILTERS),
          test: periodPredicate({ from: '2026-03-09', to: '2026-03-15' }),
          control: periodPredicate({ from: '2026-03-02', to: '2026-03-08' }),
        },
      },
      { testDays: 7, controlDays: 7 },
    );
    // Test 1,680 calls, control 1,400.
    expect(result.callsTest).toBe(1680);
    expect(result.callsControl).toBe(1400);
    expect(result.change).toBeLessThan(-0.05);
    const top = result.drivers[0]!;
    expect(top.conditions).toEqual([
      { dim: 'channel', value: 'App' },
      { dim: 'reason', value: 'R07' },
    ]);
    // About (35 + 280) of 1,680 test calls against about 35 of 1,400: a risk ratio near 7.5.
    expect(top.riskRatio).toBeGreaterThan(5);
    expect(top.contribution! / result.change!).toBeGreaterThan(0.5);
    // The other top explanations do not repeat it with a line that says nothing more.
    for (const d of result.drivers.slice(1, 3))
      expect(d.conditions.some((c) => c.dim === 'business_line' && c.value !== 'App')).toBe(false);
  });
});
