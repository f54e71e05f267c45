import type { Curve, Histogram } from './read-distribution';
import type { ScatterPoint } from './read-customers';
import { normalDensity } from './stats';

export interface HistogramLabels {
  readonly customers: string;
  readonly normal: string;
  /** The x axis: the measure (its log on a log scale). */
  readonly x: string;
  readonly mean: string;
  /** A mark's label, e.g. "+2 sd", for k = ±1, 2, 3. */
  readonly sd: (k: number) => string;
}

/** An x axis named under its middle, where a narrow chart still shows the name. */
const namedX = (name: string) => ({ name, nameLocation: 'middle', nameGap: 28 });

/**
 * Histogram bars, the normal curve N(mean, sd) scaled to customers per bin, and mean ± 1, 2, 3 sd as vertical
 * lines. On a log scale the axis is ln x and mean and sd are those of ln x.
 */
export function histogramOption(h: Histogram, mean: number | null, sd: number | null, labels: HistogramLabels) {
  const size = h.bins.length;
  const width = size > 0 && h.hi > h.lo ? (h.hi - h.lo) / size : 1;
  const centre = (i: number) => h.lo + (i + 0.5) * width;
  const n = h.bins.reduce((s, b) => s + b.n, 0);
  const curve: [number, number][] = [];
  if (mean !== null && sd !== null && sd > 0) {
    for (let i = 0; i <= 120; i++) {
      const x = h.lo + ((h.hi - h.lo) * i) / 120;
      curve.push([x, normalDensity(x, mean, sd) * n * width]);
    }
  }
  const marks =
    mean !== null && sd !== null && sd > 0
      ? [-3, -2, -1, 0, 1, 2, 3].map((k) => ({
          xAxis: mean + k * sd,
          // Along the line: side by side, the marks' labels overlapped.
          label: { formatter: k === 0 ? labels.mean : labels.sd(k), position: 'insideEndTop', fontSize: 10 },
        }))
      : [];
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: [labels.customers, labels.normal], top: 0 },
    grid: { left: 56, right: 24, top: 36, bottom: 48 },
    xAxis: { type: 'value', scale: true, ...namedX(labels.x), axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', name: labels.customers, minInterval: 1 },
    series: [
      {
        name: labels.customers,
        type: 'bar',
        barWidth: '96%',
        data: h.bins.map((b, i) => [centre(i), b.n]),
        itemStyle: { color: '#9db4ee' },
        markLine: { symbol: 'none', lineStyle: { color: '#888', type: 'dashed' }, data: marks },
      },
      { name: labels.normal, type: 'line', showSymbol: false, data: curve, itemStyle: { color: '#d64545' } },
    ],
  };
}

export interface CurveLabels {
  readonly curve: string;
  readonly reference?: string;
  readonly x: string;
  readonly y: string;
}

const percentAxis = (name: string) => ({
  type: 'value',
  name,
  axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%`, hideOverlap: true },
});

/** The Lorenz curve with the line of equal shares. */
export function lorenzOption(curve: Curve, labels: CurveLabels) {
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    grid: { left: 56, right: 24, top: 24, bottom: 48 },
    xAxis: { ...percentAxis(labels.x), ...namedX(labels.x), min: 0, max: 1 },
    yAxis: percentAxis(labels.y),
    series: [
      { name: labels.curve, type: 'line', showSymbol: false, data: curve, itemStyle: { color: '#2456d6' } },
      {
        name: labels.reference ?? '',
        type: 'line',
        showSymbol: false,
        data: [
          [0, 0],
          [1, 1],
        ],
        lineStyle: { type: 'dashed', color: '#aaa' },
      },
    ],
  };
}

/** The whale curve with a line at 100% and the peak marked; clicks reach the chart's `onClick`. */
export function whaleOption(curve: Curve, peak: readonly [number, number] | null, labels: CurveLabels) {
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    grid: { left: 56, right: 24, top: 24, bottom: 48 },
    xAxis: { ...percentAxis(labels.x), ...namedX(labels.x), min: 0, max: 1 },
    yAxis: percentAxis(labels.y),
    series: [
      {
        name: labels.curve,
        type: 'line',
        showSymbol: false,
        triggerLineEvent: true,
        data: curve,
        itemStyle: { color: '#2456d6' },
        areaStyle: { opacity: 0.08 },
        markLine: {
          symbol: 'none',
          data: [{ yAxis: 1 }],
          label: { show: false },
          lineStyle: { color: '#aaa', type: 'dashed' },
        },
        markPoint: peak ? { data: [{ coord: [peak[0], peak[1]], value: `${Math.round(peak[1] * 100)}%` }] } : undefined,
      },
    ],
  };
}

export interface ScatterLabels {
  readonly others: string;
  readonly vips: string;
  readonly x: string;
  readonly y: string;
  readonly line: (ratio: number) => string;
}

/** Ratios drawn as lines revenue = cost × (1 + ratio). */
const EQUAL_RATIOS = [0, 1, 4, 20];

/** Revenue against cost on log axes, VIPs in their own colour, with lines of equal ratio. */
export function scatterOption(points: readonly ScatterPoint[], labels: ScatterLabels) {
  const costs = points.map((p) => p.cost);
  const lo = costs.length ? Math.min(...costs) : 1;
  const hi = costs.length ? Math.max(...costs) : 10;
  const lines = EQUAL_RATIOS.map((r) => ({
    name: labels.line(r),
    type: 'line',
    showSymbol: false,
    silent: true,
    lineStyle: { type: 'dotted', color: '#999', width: 1 },
    endLabel: { show: true, formatter: labels.line(r), color: '#777', fontSize: 10 },
    data: [
      [lo, lo * (1 + r)],
      [hi, hi * (1 + r)],
    ],
  }));
  const series = (vip: boolean) =>
    points.filter((p) => p.vip === vip).map((p) => ({ value: [p.cost, p.revenue], name: p.customerId }));
  return {
    animation: false,
    tooltip: { trigger: 'item' },
    legend: { data: [labels.others, labels.vips], top: 0 },
    grid: { left: 64, right: 72, top: 36, bottom: 48 },
    xAxis: { type: 'log', ...namedX(labels.x), axisLabel: { hideOverlap: true } },
    yAxis: { type: 'log', name: labels.y },
    series: [
      { name: labels.others, type: 'scatter', symbolSize: 4, data: series(false), itemStyle: { color: '#9db4ee' } },
      { name: labels.vips, type: 'scatter', symbolSize: 8, data: series(true), itemStyle: { color: '#d64545' } },
      ...lines,
    ],
  };
}

export interface TimelinePoint {
  readonly month: string;
  readonly contacts: number;
  readonly answered: number;
}

/** A customer's contacts per month, answered ones beside them. */
export function timelineOption(
  points: readonly TimelinePoint[],
  labels: { contacts: string; answered: string; month: string; calls: string },
) {
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: [labels.contacts, labels.answered], top: 0 },
    grid: { left: 40, right: 16, top: 40, bottom: 44 },
    xAxis: { type: 'category', data: points.map((p) => p.month), ...namedX(labels.month) },
    yAxis: { type: 'value', minInterval: 1, name: labels.calls },
    series: [
      { name: labels.contacts, type: 'bar', data: points.map((p) => p.contacts), itemStyle: { color: '#9db4ee' } },
      { name: labels.answered, type: 'bar', data: points.map((p) => p.answered), itemStyle: { color: '#2456d6' } },
    ],
  };
}
