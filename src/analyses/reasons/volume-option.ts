import type { ReasonRow } from './matrix-shape';

const pct1 = (v: number) => Number((100 * v).toFixed(1));

/** Pareto: volume bars by rank (left axis) and the cumulative share (%) as a line on the right axis. */
export function paretoOption(rows: readonly ReasonRow[], labels: { volume: string; cumulative: string; none: string }) {
  const names = rows.map((r) => r.reason ?? labels.none);
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: [labels.volume, labels.cumulative], top: 0 },
    grid: { left: 56, right: 56, top: 36, bottom: 96 },
    xAxis: { type: 'category', data: names, axisLabel: { rotate: 45, interval: 0, width: 120, overflow: 'truncate' } },
    yAxis: [
      { type: 'value', name: labels.volume, minInterval: 1 },
      { type: 'value', name: labels.cumulative, min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    ],
    series: [
      { name: labels.volume, type: 'bar', data: rows.map((r) => r.values.offered), itemStyle: { color: '#9db4ee' } },
      {
        name: labels.cumulative,
        type: 'line',
        yAxisIndex: 1,
        data: rows.map((r) => pct1(r.cumulative)),
        itemStyle: { color: '#2456d6' },
        markLine: { silent: true, symbol: 'none', data: [{ yAxis: 80 }], lineStyle: { type: 'dashed' } },
      },
    ],
  };
}

/**
 * Treemap of category > reason, sized by volume or by total cost (handle + repeat cost). A reason without a category
 * sits under the "none" label; reasons of size 0 are left out.
 */
export function treemapOption(rows: readonly ReasonRow[], sizeBy: 'volume' | 'cost', labels: { none: string }) {
  const size = (r: ReasonRow) => (sizeBy === 'cost' ? (r.values.total_cost ?? 0) : (r.values.offered ?? 0));
  const groups = new Map<string, { name: string; value: number; children: { name: string; value: number }[] }>();
  for (const r of rows) {
    const value = size(r);
    if (value <= 0) continue;
    const category = r.category ?? labels.none;
    const group = groups.get(category) ?? { name: category, value: 0, children: [] };
    group.value += value;
    group.children.push({ name: r.reason ?? labels.none, value });
    groups.set(category, group);
  }
  return {
    animation: false,
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'treemap',
        roam: false,
        nodeClick: false,
        breadcrumb: { show: false },
        leafDepth: 2,
        levels: [
          { itemStyle: { borderWidth: 2, gapWidth: 2, borderColor: '#fff' }, upperLabel: { show: true } },
          { itemStyle: { gapWidth: 1, borderColorSaturation: 0.6 } },
        ],
        data: [...groups.values()].sort((a, b) => b.value - a.value),
      },
    ],
  };
}

export interface TrendPoint {
  readonly bucket: string;
  readonly reason: string | null;
  readonly n: number;
}

/** Calls per bucket for the given reasons, one line each (missing buckets are 0). */
export function trendOption(points: readonly TrendPoint[], reasons: readonly (string | null)[], none: string) {
  const buckets = [...new Set(points.map((p) => p.bucket))].sort();
  const index = new Map(points.map((p) => [`${p.reason}\u0001${p.bucket}`, p.n]));
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { type: 'plain', top: 0, data: reasons.map((r) => r ?? none) },
    grid: { left: 48, right: 16, top: 64, bottom: 32 },
    xAxis: { type: 'category', data: buckets },
    yAxis: { type: 'value', minInterval: 1 },
    series: reasons.map((r) => ({
      name: r ?? none,
      type: 'line',
      showSymbol: buckets.length <= 40,
      data: buckets.map((b) => index.get(`${r}\u0001${b}`) ?? 0),
    })),
  };
}
