import { describe, expect, it } from 'vitest';
import {
  bandOption,
  dispersionOption,
  heatmapOption,
  waterfallOption,
} from '../../../src/analyses/variance/chart-option';
import type { BandPoint } from '../../../src/analyses/variance/band-shape';

const PCT = { factor: 100, unit: '%', digits: 1 };
type Series = { name: string; data: (number | null)[] }[];

describe('the variance charts', () => {
  it('draws a waterfall as a transparent base under each rise or fall', () => {
    // 0.80 → +0.05 → −0.02 → 0.83, in %: base 80, rise 5; base 83, fall 2; ends 80 and 83.
    const o = waterfallOption(
      0.8,
      [
        { label: 'A', delta: 0.05 },
        { label: 'B', delta: -0.02 },
      ],
      { before: 'Before', after: 'After', rise: '+', fall: '−' },
      PCT,
    );
    const [base, rise, fall, ends] = o.series as Series;
    expect(o.xAxis.data).toEqual(['Before', 'A', 'B', 'After']);
    expect(base!.data).toEqual([null, 80, 83, null]);
    expect(rise!.data).toEqual([null, 5, null, null]);
    expect(fall!.data).toEqual([null, null, 2, null]);
    expect(ends!.data).toEqual([80, null, null, 83]);
  });

  it('colours a rise red where up is bad news (a repeat rate), green where it is good', () => {
    const colours = (upIsGood: boolean | null) =>
      (
        waterfallOption(
          0.5,
          [{ label: 'A', delta: 0.1 }],
          { before: 'B', after: 'A', rise: '+', fall: '−' },
          PCT,
          upIsGood,
        ).series as { itemStyle: { color: string } }[]
      )
        .slice(1, 3)
        .map((x) => x.itemStyle.color);
    expect(colours(true)).toEqual(['#15803d', '#b91c1c']);
    expect(colours(false)).toEqual(['#b91c1c', '#15803d']);
  });

  it('draws the series with a mean ± sd band and marks the buckets beyond 2 sd', () => {
    const points = [0.9, 0.9, 0.9, 0.9, 0.9, 0.5].map((value, i) => ({
      bucket: `d${i}`,
      days: 1,
      value,
      weight: 1,
      calls: 1,
    }));
    // mean 0.8333; sd √((5·0.00444 + 0.1111) / 5) = 0.1633; 0.5 is 2.04 sd below.
    const mean = 5 / 6;
    const sd = Math.sqrt((5 * (0.9 - mean) ** 2 + (0.5 - mean) ** 2) / 5);
    const o = dispersionOption(
      points,
      { n: 6, missing: 0, mean, sd, weightedMean: mean, sdWeighted: sd, cv: sd / mean, min: null, max: null },
      { value: 'v', mean: 'm', band: 'b', outside: 'o', categories: points.map((p) => p.bucket) },
      PCT,
    );
    const [lower, width, , , outside] = o.series as Series;
    expect(lower!.data[0]).toBeCloseTo((mean - sd) * 100, 2);
    expect(width!.data[0]).toBeCloseTo(2 * sd * 100, 2);
    expect(outside!.data).toEqual([null, null, null, null, null, 50]);
  });

  it('places heatmap cells by their x and y and leaves cells without a value out', () => {
    const o = heatmapOption(
      [
        { x: 1, y: 'TV', value: 0.9, calls: 10 },
        { x: 2, y: 'TV', value: null, calls: 0 },
        { x: 2, y: 'Mobile', value: 0.5, calls: 4 },
      ],
      { x: [1, 2], y: ['Mobile', 'TV'], xLabel: String, yLabel: (y) => y },
      PCT,
    );
    expect(o.series[0]!.data).toEqual([
      [0, 1, 90],
      [1, 0, 50],
    ]);
    expect([o.visualMap.min, o.visualMap.max]).toEqual([50, 90]);
  });

  it('draws the normal band and marks the points outside', () => {
    const p = (
      bucket: string,
      value: number,
      lower: number | null,
      upper: number | null,
      outside: boolean,
    ): BandPoint => ({ bucket, value, weight: 1, calls: 1, base: null, mad: null, lower, upper, z: null, outside });
    const o = bandOption(
      [p('d1', 0.9, null, null, false), p('d2', 0.5, 0.8, 1, true)],
      { value: 'v', band: 'b', outside: 'o' },
      PCT,
    );
    const [lower, width, , outside] = o.series as Series;
    expect(lower!.data).toEqual([null, 80]);
    expect(width!.data[1]).toBeCloseTo(20, 9);
    expect(outside!.data).toEqual([null, 50]);
  });
});
