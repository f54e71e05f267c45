import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kitagawa, type SegmentPeriodRow } from '../../../src/analyses/common/change/kitagawa-shape';
import { pruneRedundant, scoreDrivers, type DriverCell } from '../../../src/analyses/common/change/drivers-shape';
import { madFloor, readBand } from '../../../src/analyses/variance/band-shape';
import { dispersion, type BucketValue } from '../../../src/analyses/variance/dispersion-shape';
import { jensenShannon, twoProportionZ } from '../../../src/analyses/variance/mixshift-shape';
import { leaveOneOut, sdWithout, varianceSplit, type SegmentCell } from '../../../src/analyses/variance/spread-shape';

const bucket = (b: string, value: number | null, weight: number, days = 1): BucketValue => ({
  bucket: b,
  days,
  value,
  weight,
  calls: weight,
});

describe('dispersion of a KPI over buckets', () => {
  it('gives the mean, the sd plain and weighted, and the CV', () => {
    const s = dispersion([bucket('d1', 0.8, 100), bucket('d2', 0.9, 300), bucket('d3', 1.0, 100)]);
    // mean (0.8 + 0.9 + 1.0) / 3 = 0.9; sd √((0.01 + 0 + 0.01) / 2) = 0.1
    expect(s.mean).toBeCloseTo(0.9, 12);
    expect(s.sd).toBeCloseTo(0.1, 12);
    // weighted mean (80 + 270 + 100) / 500 = 0.9; weighted sd √((100·0.01 + 0 + 100·0.01) / 500) = √0.004
    expect(s.weightedMean).toBeCloseTo(0.9, 12);
    expect(s.sdWeighted).toBeCloseTo(Math.sqrt(0.004), 12);
    // CV 0.1 / 0.9
    expect(s.cv).toBeCloseTo(0.1 / 0.9, 12);
    expect(s.min).toEqual({ bucket: 'd1', value: 0.8 });
    expect(s.max).toEqual({ bucket: 'd3', value: 1.0 });
  });

  it('has no spread for one bucket, and leaves a bucket without a denominator out', () => {
    const one = dispersion([bucket('d1', 0.5, 10)]);
    expect(one.mean).toBe(0.5);
    expect(one.sd).toBeNull();
    expect(one.sdWeighted).toBeNull();
    expect(one.cv).toBeNull();
    const gap = dispersion([bucket('d1', 0.5, 10), bucket('d2', null, 0), bucket('d3', 0.7, 10)]);
    // (0.5 + 0.7) / 2 = 0.6; sd √((0.01 + 0.01) / 1)
    expect(gap.n).toBe(2);
    expect(gap.missing).toBe(1);
    expect(gap.sd).toBeCloseTo(Math.sqrt(0.02), 12);
  });
});

const cell = (b: string, segment: string, num: number, weight: number, inDays = false): SegmentCell => ({
  bucket: b,
  segment,
  inDays,
  sum: { num, weight },
});

describe('what inflates the spread', () => {
  it('splits the variance into within and between parts that add up to the total', () => {
    // A: x = 0.8 (w 1), 1.0 (w 1); B: x = 0.5 (w 2). Grand mean (0.8 + 1.0 + 1.0) / 4 = 0.7.
    const cells = [cell('d1', 'A', 0.8, 1), cell('d2', 'A', 1.0, 1), cell('d1', 'B', 1.0, 2)];
    const split = varianceSplit(cells, new Map(), false);
    // total (1·0.1² + 1·0.3² + 2·0.2²) / 4 = 0.045; within (0.1² + 0.1²) / 4 = 0.005; between (2·0.2² + 2·0.2²) / 4 = 0.04
    expect(split.total).toBeCloseTo(0.045, 12);
    expect(split.within).toBeCloseTo(0.005, 12);
    expect(split.between).toBeCloseTo(0.04, 12);
    expect(split.withinShare! + split.betweenShare!).toBeCloseTo(1, 12);
  });

  it('ranks what each segment, pair and group of days adds to the sd', () => {
    // Day answer rates: d1 (A 90/100, B 50/100) = 0.7, d2 (A 90/100, B 90/100) = 0.9, d3 same as d2.
    const buckets = [bucket('2026-03-01', 0.7, 200), bucket('2026-03-02', 0.9, 200), bucket('2026-03-03', 0.9, 200)];
    const cells = [
      cell('2026-03-01', 'A', 90, 100),
      cell('2026-03-01', 'B', 50, 100, true),
      cell('2026-03-02', 'A', 90, 100),
      cell('2026-03-02', 'B', 90, 100),
      cell('2026-03-03', 'A', 90, 100),
      cell('2026-03-03', 'B', 90, 100),
    ];
    // sd of (0.7, 0.9, 0.9): mean 0.8333; √((0.01778 + 0.00444·2) / 2) = 0.11547
    const sd = Math.sqrt(((0.7 - 0.8 - 1 / 30) ** 2 + 2 * (0.1 - 1 / 30) ** 2) / 2);
    // Without B the days read 0.9, 0.9, 0.9: sd 0, so B adds all of it.
    const removeB = new Map(cells.filter((c) => c.segment === 'B').map((c) => [c.bucket, c.sum]));
    expect(sdWithout(buckets, removeB, false)).toBeCloseTo(0, 12);
    const ranked = leaveOneOut({
      buckets,
      segmentCells: cells,
      timeCells: [],
      additive: false,
      sd,
      dayGroups: [{ days: [1], segments: ['B'] }],
    });
    const withoutB = ranked.find((r) => r.segments?.length === 1 && r.segments[0] === 'B' && !r.daysOfMonth);
    expect(withoutB?.added).toBeCloseTo(sd, 12);
    // B on day 1 of the month only: the same calls that made the dip, so the same result.
    const bOnDay1 = ranked.find((r) => r.segments?.[0] === 'B' && r.daysOfMonth);
    expect(bOnDay1?.sd).toBeCloseTo(0, 12);
    // Without A the days read 0.5, 0.9, 0.9: sd √((0.0711 + 2·0.0178) / 2) = 0.23094, so A "adds" −0.11547.
    const withoutA = ranked.find((r) => r.segments?.length === 1 && r.segments[0] === 'A');
    expect(withoutA?.sd).toBeCloseTo(Math.sqrt(((0.5 - 23 / 30) ** 2 + 2 * (0.9 - 23 / 30) ** 2) / 2), 12);
  });

  it('leaves a day with zero volume in a count series as a zero', () => {
    // Offered per day 10, 0, 20: mean 10, sd √((0 + 100 + 100) / 2) = 10.
    const s = dispersion([bucket('d1', 10, 10), bucket('d2', 0, 0), bucket('d3', 20, 20)]);
    expect(s.sd).toBeCloseTo(10, 12);
  });
});

const row = (segment: string | null, period: 'test' | 'control', value: number | null, weight: number) =>
  ({ segment, period, value, weight }) satisfies SegmentPeriodRow;

describe("Kitagawa's mix and rate split", () => {
  it('splits a rate change exactly, hand-worked', () => {
    // Before: A 50 calls at 0.9, B 50 at 0.5 → 0.7. After: A 80 at 0.9, B 20 at 0.6 → 0.84. Change +0.14.
    const split = kitagawa(
      [
        row('A', 'control', 0.9, 50),
        row('B', 'control', 0.5, 50),
        row('A', 'test', 0.9, 80),
        row('B', 'test', 0.6, 20),
      ],
      false,
    );
    expect(split.before).toBeCloseTo(0.7, 12);
    expect(split.after).toBeCloseTo(0.84, 12);
    // Mix Σ (s₁ − s₀)(r₁ + r₀)/2 = 0.3·0.9 + (−0.3)·0.55 = 0.105; rate Σ (r₁ − r₀)(s₁ + s₀)/2 = 0 + 0.1·0.35 = 0.035.
    expect(split.mix).toBeCloseTo(0.105, 12);
    expect(split.rate).toBeCloseTo(0.035, 12);
    expect(split.mix + split.rate).toBeCloseTo(split.total!, 12);
    // Per segment, against the mean overall rate R̄ = 0.77: A 0.3·(0.9 − 0.77) = 0.039, B −0.3·(0.55 − 0.77) = 0.066.
    const a = split.segments.find((s) => s.segment === 'A')!;
    expect(a.mix).toBeCloseTo(0.039, 12);
    expect(split.segments.find((s) => s.segment === 'B')!.mix).toBeCloseTo(0.066, 12);
  });

  it('gives a segment missing from one period all mix', () => {
    // Before: A 100 at 0.8 → 0.8. After: A 100 at 0.8, C 100 at 0.4 → 0.6. C's part −0.2 is all mix.
    const split = kitagawa(
      [row('A', 'control', 0.8, 100), row('A', 'test', 0.8, 100), row('C', 'test', 0.4, 100)],
      false,
    );
    expect(split.total).toBeCloseTo(-0.2, 12);
    const c = split.segments.find((s) => s.segment === 'C')!;
    expect(c.rate).toBe(0);
    expect(split.mix + split.rate).toBeCloseTo(-0.2, 12);
  });

  it('splits a count change per segment', () => {
    const split = kitagawa([row('A', 'control', 10, 10), row('A', 'test', 15, 15), row('B', 'test', 5, 5)], true);
    expect(split.total).toBe(10);
    expect(split.segments.map((s) => [s.segment, s.total])).toEqual([
      ['A', 5],
      ['B', 5],
    ]);
  });

  it('always adds mix and rate up to the change (property)', () => {
    const segment = fc.record({
      name: fc.constantFrom('A', 'B', 'C', 'D', 'E'),
      period: fc.constantFrom('test' as const, 'control' as const),
      rate: fc.double({ min: 0, max: 1, noNaN: true }),
      weight: fc.integer({ min: 1, max: 10_000 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(segment, { selector: (s) => `${s.name}${s.period}`, minLength: 2 }), (segs) => {
        fc.pre(segs.some((s) => s.period === 'test') && segs.some((s) => s.period === 'control'));
        const split = kitagawa(
          segs.map((s) => row(s.name, s.period, s.rate, s.weight)),
          false,
        );
        expect(split.mix + split.rate).toBeCloseTo(split.total!, 9);
        const perSegment = split.segments.reduce((a, s) => a + s.total, 0);
        expect(perSegment).toBeCloseTo(split.total!, 9);
      }),
    );
  });
});

describe('the normal band', () => {
  it('floors the MAD: Poisson for counts, binomial for shares, 2% for durations', () => {
    // √16 / 1.4826 = 2.698; a share of 0.9 over 100 calls: √(0.09 / 100) / 1.4826 = 0.020235
    expect(madFloor('offered', 16, 0)).toBeCloseTo(4 / 1.4826, 9);
    expect(madFloor('offered', 0.25, 0)).toBe(1);
    expect(madFloor('answer_rate', 0.9, 100)).toBeCloseTo(0.03 / 1.4826, 9);
    expect(madFloor('aht_s', 300, 0)).toBeCloseTo(6, 9);
  });

  it('holds each point against median ± z × 1.4826 × floored MAD', () => {
    const result = {
      columns: [],
      rows: [
        // Median 100 calls, MAD 0 → floored at √100 / 1.4826 = 6.745; band 100 ± 3 × 10 = 70–130.
        { bucket: '2026-03-09', value: 131, weight: 131, calls: 131, base: 100, spread: 0, base_weight: 100, k: 8 },
        { bucket: '2026-03-16', value: 129, weight: 129, calls: 129, base: 100, spread: 0, base_weight: 100, k: 8 },
        // Two earlier weeks only: no band.
        { bucket: '2026-01-12', value: 500, weight: 500, calls: 500, base: 100, spread: 0, base_weight: 100, k: 2 },
      ],
    };
    const [a, b, c] = readBand(result, 'offered', 3);
    expect(a!.lower).toBeCloseTo(70, 9);
    expect(a!.upper).toBeCloseTo(130, 9);
    expect(a!.z).toBeCloseTo(3.1, 9);
    expect(a!.outside).toBe(true);
    expect(b!.outside).toBe(false);
    expect(c!.base).toBeNull();
    expect(c!.outside).toBe(false);
  });
});

const dcell = (
  conditions: DriverCell['conditions'],
  t: [number, number, number],
  c: [number, number, number],
): DriverCell => ({
  conditions,
  test: { calls: t[0], sum: { num: t[1], weight: t[2] } },
  control: { calls: c[0], sum: { num: c[1], weight: c[2] } },
});

describe('"why did it move?" scoring', () => {
  it('gives each combination its support, risk ratio and part of the change', () => {
    // Test: 1,000 calls, 800 answered (0.8). Control: 1,000 calls, 900 answered (0.9). Change −0.1.
    const total = dcell([], [1000, 800, 1000], [1000, 900, 1000]);
    // R08: 200 test calls (100 answered), 20 control calls (18 answered).
    const r08 = dcell([{ dim: 'reason', value: 'R08' }], [200, 100, 200], [20, 18, 20]);
    const out = scoreDrivers(total, [r08], { additive: false });
    const d = out.drivers[0]!;
    // support 200 / 1,000 = 0.2; risk ratio (200 / 1,000) / (20 / 1,000) = 10
    expect(d.support).toBeCloseTo(0.2, 12);
    expect(d.riskRatio).toBeCloseTo(10, 12);
    // Calls beyond the trend: 200 − 20 × 1,000 / 1,000 = 180
    expect(d.unexpected).toBeCloseTo(180, 12);
    // Without R08: test 700 / 800 = 0.875, control 882 / 980 = 0.9; change −0.025, so R08 carries −0.1 − (−0.025) = −0.075.
    expect(d.contribution).toBeCloseTo(-0.1 - (700 / 800 - 882 / 980), 12);
    // Score √0.2 × (ln 10 + 0.75)
    expect(d.score).toBeCloseTo(Math.sqrt(0.2) * (Math.log(10) + 0.75), 12);
  });

  it('drops a pair that says no more than one of its halves', () => {
    const base = {
      callsTest: 1,
      callsControl: 1,
      shareTest: 0.1,
      shareControl: 0.1,
      riskRatio: 1,
      unexpected: 0,
      kpiTest: null,
      kpiControl: null,
      contribution: null,
      support: 0.1,
    };
    const single = { ...base, conditions: [{ dim: 'reason' as const, value: 'R08' }], score: 1 };
    const weakPair = {
      ...base,
      conditions: [
        { dim: 'reason' as const, value: 'R08' },
        { dim: 'channel' as const, value: 'Phone' },
      ],
      score: 1.05,
    };
    const strongPair = {
      ...weakPair,
      conditions: [
        { dim: 'reason' as const, value: 'R08' },
        { dim: 'channel' as const, value: 'App' },
      ],
      score: 2,
    };
    // 1 ≥ 0.9 × 1.05: the weak pair goes; 1 < 0.9 × 2: the strong one stays.
    expect(pruneRedundant([single, weakPair, strongPair]).map((d) => d.score)).toEqual([1, 2]);
  });
});

describe('the question-mix divergence', () => {
  it('is the Jensen–Shannon divergence in bits', () => {
    expect(jensenShannon([1, 0], [0, 1])).toBeCloseTo(1, 12);
    expect(jensenShannon([0.5, 0.5], [0.5, 0.5])).toBeCloseTo(0, 12);
    // p = (1, 0), q = (½, ½), m = (¾, ¼): ½·log₂(4/3) + ½(½·log₂(2/3) + ½·log₂ 2) = 0.311278
    expect(jensenShannon([1, 0], [0.5, 0.5])).toBeCloseTo(0.5 * Math.log2(4 / 3) + 0.25 * Math.log2(2 / 3) + 0.25, 12);
  });

  it('tests a rise with a pooled two-proportion z', () => {
    // 12 of 14 recently vs 0 of 12 before: pooled 12/26; se √(p(1−p)(1/14 + 1/12))
    const p = 12 / 26;
    expect(twoProportionZ(12, 14, 0, 12)).toBeCloseTo(12 / 14 / Math.sqrt(p * (1 - p) * (1 / 14 + 1 / 12)), 12);
    expect(twoProportionZ(1, 0, 1, 1)).toBe(0);
  });
});
