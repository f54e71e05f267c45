import type { ChangeExplained } from './contribution-shape';
import type { Funnel } from './funnel';

export interface FunnelDot {
  readonly name: string;
  readonly volume: number;
  readonly share: number;
  readonly flagged: boolean;
}

/** Funnel plot: each reason's recent-window share of its calls against its volume, with 95% and 99.8% limits. */
export function funnelOption(
  dots: readonly FunnelDot[],
  f: Funnel,
  labels: { l95: string; l998: string; target: string },
) {
  const max = Math.max(10, ...dots.map((d) => d.volume));
  const xs = Array.from({ length: 60 }, (_, i) => Math.max(1, Math.round((max * (i + 1)) / 60)));
  const line = (pick: (m: number) => number) => xs.map((m) => [m, Number((100 * pick(m)).toFixed(2))]);
  const limit = (name: string, pick: (m: number) => number, dashed: boolean) => ({
    name,
    type: 'line',
    showSymbol: false,
    silent: true,
    lineStyle: { type: dashed ? 'dashed' : 'solid', width: 1, color: '#8a94a6' },
    data: line(pick),
  });
  return {
    animation: false,
    tooltip: { trigger: 'item' },
    legend: { top: 0, data: [labels.l95, labels.l998] },
    grid: { left: 56, right: 24, top: 36, bottom: 40 },
    xAxis: { type: 'value', name: 'n', min: 0 },
    yAxis: { type: 'value', axisLabel: { formatter: '{value}%' }, min: 0, max: 100 },
    series: [
      {
        type: 'scatter',
        name: labels.target,
        data: dots.map((d) => ({
          name: d.name,
          value: [d.volume, Number((100 * d.share).toFixed(2))],
          itemStyle: { color: d.flagged ? '#c0392b' : '#2456d6' },
        })),
        markLine: { silent: true, symbol: 'none', data: [{ yAxis: Number((100 * f.target).toFixed(2)) }] },
      },
      limit(labels.l95, (m) => f.limits(m).inner[0], true),
      { ...limit(labels.l95, (m) => f.limits(m).inner[1], true) },
      limit(labels.l998, (m) => f.limits(m).outer[0], false),
      { ...limit(labels.l998, (m) => f.limits(m).outer[1], false) },
    ],
  };
}

export interface Flow {
  readonly from: string;
  readonly to: string;
  readonly n: number;
}

/** Sankey of reason A (left) → next contact's reason B (right); node names carry a side mark so A→A is no cycle. */
export function sankeyOption(flows: readonly Flow[]) {
  const left = (s: string) => `${s} ▸`;
  const right = (s: string) => `▸ ${s}`;
  const nodes = new Set<string>();
  for (const f of flows) {
    nodes.add(left(f.from));
    nodes.add(right(f.to));
  }
  return {
    animation: false,
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'sankey',
        left: 8,
        // Room for the targets' labels, cut with an ellipsis rather than at the chart's edge.
        right: 160,
        nodeGap: 6,
        emphasis: { focus: 'adjacency' },
        data: [...nodes].map((name) => ({ name })),
        links: flows.map((f) => ({ source: left(f.from), target: right(f.to), value: f.n })),
        lineStyle: { color: 'gradient', opacity: 0.4 },
        label: { fontSize: 11, width: 150, overflow: 'truncate' },
      },
    ],
  };
}

/** Heatmap: reasons (rows) × buckets (columns), colour = value; each cell also carries its calls for the tooltip. */
export function heatmapOption(
  reasons: readonly string[],
  buckets: readonly string[],
  cells: readonly { reason: number; bucket: number; value: number; n: number }[],
) {
  const max = Math.max(2, ...cells.map((c) => c.value));
  return {
    animation: false,
    tooltip: { position: 'top' },
    grid: { left: 160, right: 16, top: 8, bottom: 64 },
    xAxis: { type: 'category', data: buckets, splitArea: { show: true } },
    yAxis: { type: 'category', data: reasons, axisLabel: { width: 150, overflow: 'truncate' } },
    visualMap: {
      min: 0,
      max: Math.min(max, 5),
      calculable: true,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      inRange: { color: ['#f4f7fd', '#9db4ee', '#2456d6', '#c0392b'] },
    },
    series: [
      {
        type: 'heatmap',
        data: cells.map((c) => ({ value: [c.bucket, c.reason, Number(c.value.toFixed(2))], n: c.n })),
        emphasis: { itemStyle: { borderColor: '#000', borderWidth: 1 } },
      },
    ],
  };
}

/**
 * Contributions to a change as signed bars: the largest contributors by absolute size, the rest summed, and the total;
 * one stacked series per part (e.g. mix and rate), so every bar is what its reason adds and the bars add up to the total.
 */
export function contributionOption(
  x: ChangeExplained,
  parts: readonly { name: string; pick: (r: ChangeExplained['reasons'][number]) => number; color: string }[],
  labels: { total: string; rest: string; none: string },
  scale = 1,
  top = 8,
) {
  const size = (r: ChangeExplained['reasons'][number]) => Math.abs(parts.reduce((s, p) => s + p.pick(r), 0));
  const sorted = [...x.reasons].sort((a, b) => size(b) - size(a));
  const shown = sorted.slice(0, top);
  const rest = sorted.slice(top);
  const names = [...shown.map((r) => r.reason ?? labels.none), ...(rest.length ? [labels.rest] : []), labels.total];
  const round = (v: number) => Number((v * scale).toFixed(3));
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: parts.length > 1 ? { top: 0, data: parts.map((p) => p.name) } : undefined,
    grid: { left: 56, right: 16, top: 32, bottom: 96 },
    xAxis: { type: 'category', data: names, axisLabel: { rotate: 45, interval: 0, width: 110, overflow: 'truncate' } },
    yAxis: { type: 'value' },
    series: parts.map((p) => ({
      name: p.name,
      type: 'bar',
      stack: 'c',
      itemStyle: { color: p.color },
      data: [
        ...shown.map((r) => round(p.pick(r))),
        ...(rest.length ? [round(rest.reduce((s, r) => s + p.pick(r), 0))] : []),
        round(x.reasons.reduce((s, r) => s + p.pick(r), 0)),
      ],
    })),
  };
}
