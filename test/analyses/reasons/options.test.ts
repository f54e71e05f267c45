import { describe, expect, it } from 'vitest';
import { contributionOption, sankeyOption } from '../../../src/analyses/reasons/analysis-option';
import { kitagawaByReason } from '../../../src/analyses/reasons/contribution-shape';
import type { ReasonRow } from '../../../src/analyses/reasons/matrix-shape';
import { readTagRules, splitTerms } from '../../../src/analyses/reasons/tag-rules';
import { paretoOption, treemapOption, trendOption } from '../../../src/analyses/reasons/volume-option';

const row = (reason: string, category: string | null, offered: number, cumulative: number, cost: number | null) =>
  ({ reason, category, cumulative, values: { offered, total_cost: cost } }) as unknown as ReasonRow;

describe('reasons option builders', () => {
  it('draws the Pareto bars and the cumulative share in percent', () => {
    const o = paretoOption([row('A', 'X', 6, 0.6, null), row('B', 'X', 3, 0.9, null), row('C', null, 1, 1, null)], {
      volume: 'Volume',
      cumulative: 'Cumulative',
      none: '-',
    });
    expect(o.xAxis.data).toEqual(['A', 'B', 'C']);
    expect(o.series[0]!.data).toEqual([6, 3, 1]);
    // 0.6 → 60, 0.9 → 90, 1 → 100
    expect(o.series[1]!.data).toEqual([60, 90, 100]);
  });

  it('nests reasons under categories in the treemap, sized by volume or cost', () => {
    const rows = [row('A', 'X', 6, 0.6, 10), row('B', 'X', 3, 0.9, 50), row('C', null, 1, 1, 0)];
    const byVolume = treemapOption(rows, 'volume', { none: '(none)' }).series[0]!.data;
    expect(byVolume.map((g) => [g.name, g.value])).toEqual([
      ['X', 9],
      ['(none)', 1],
    ]);
    // By cost: X = 10 + 50 = 60; C costs 0 and is left out.
    const byCost = treemapOption(rows, 'cost', { none: '(none)' }).series[0]!.data;
    expect(byCost.map((g) => [g.name, g.value, g.children.length])).toEqual([['X', 60, 2]]);
  });

  it('fills missing trend buckets with 0', () => {
    const o = trendOption(
      [
        { bucket: '2026-01', reason: 'A', n: 2 },
        { bucket: '2026-02', reason: 'B', n: 5 },
      ],
      ['A', 'B'],
      '-',
    );
    expect(o.series.map((s) => s.data)).toEqual([
      [2, 0],
      [0, 5],
    ]);
  });

  it('keeps a reason followed by itself acyclic in the Sankey', () => {
    const o = sankeyOption([{ from: 'A', to: 'A', n: 4 }]);
    expect(o.series[0]!.links).toEqual([{ source: 'A ▸', target: '▸ A', value: 4 }]);
  });

  it('sums the shown contributions and the rest to the total bar', () => {
    const x = kitagawaByReason(
      [
        { reason: 'A', code: 'A', n1: 30, a1: 20, n0: 10, a0: 9 },
        { reason: 'B', code: 'B', n1: 5, a1: 5, n0: 10, a0: 9 },
        { reason: 'C', code: 'C', n1: 1, a1: 1, n0: 2, a0: 2 },
      ],
      1,
      1,
    );
    const o = contributionOption(
      x,
      [{ name: 'v', pick: (r) => r.volume, color: '#000' }],
      { total: 'T', rest: 'R', none: '-' },
      1,
      2,
    );
    // Volumes: A +20, B −5, C −1 → shown A, B; rest C −1; total 14.
    expect(o.xAxis.data).toEqual(['A', 'B', 'R', 'T']);
    expect(o.series[0]!.data).toEqual([20, -5, -1, 14]);
  });

  it('reads tag rules back from settings and splits terms on ASCII, full-width and enumeration commas', () => {
    expect(splitTerms('SkyNet Telecom，天网通信、 转网 ,')).toEqual(['SkyNet Telecom', '天网通信', '转网']);
    expect(
      readTagRules([
        { name: 'a', include: ['x'], exclude: [] },
        { name: '', include: ['y'] },
        'junk',
        { name: 'b', include: [] },
      ]),
    ).toEqual([{ name: 'a', include: ['x'], exclude: [] }]);
  });
});
