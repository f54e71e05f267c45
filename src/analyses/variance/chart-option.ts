import type { BandPoint } from './band-shape';
import type { BucketValue, Dispersion } from './dispersion-shape';
import type { HeatCell } from './heatmap-shape';

/** How a chart writes the KPI: shares × 100 as %, others as they are. */
export interface Scale {
  readonly factor: number;
  readonly unit: string;
  readonly digits: number;
}

const fix = (s: Scale, v: number | null) => (v === null ? null : Number((v * s.factor).toFixed(s.digits + 2)));
const fmt = (s: Scale) => (v: unknown) => (typeof v === 'number' ? `${v.toFixed(s.digits)}${s.unit}` : '—');

/**
 * The KPI per bucket as a line, with the mean and a mean ± 1 sd band (a transparent base plus a stacked area), and
 * the buckets beyond 2 sd marked.
 */
export function dispersionOption(
  points: readonly BucketValue[],
  stats: Dispersion,
  labels: { value: string; mean: string; band: string; outside: string; categories: readonly string[] },
  s: Scale,
) {
  const { mean, sd } = stats;
  const n = points.length;
  const lower = mean !== null && sd !== null ? fix(s, mean - sd) : null;
  const width = sd !== null ? fix(s, 2 * sd) : null;
  const far = (p: BucketValue) => mean !== null && sd !== null && p.value !== null && Math.abs(p.value - mean) > 2 * sd;
  return {
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: fmt(s) },
    legend: { data: [labels.value, labels.mean, labels.band, labels.outside], top: 0 },
    grid: { left: 56, right: 24, top: 40, bottom: n > 60 ? 64 : 40 },
    xAxis: { type: 'category', data: [...labels.categories] },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: `{value}${s.unit}` } },
    dataZoom: n > 60 ? [{ type: 'slider', bottom: 8 }] : [],
    series: [
      {
        name: 'base',
        type: 'line',
        stack: 'band',
        data: points.map(() => lower),
        lineStyle: { opacity: 0 },
        symbol: 'none',
        tooltip: { show: false },
      },
      {
        name: labels.band,
        type: 'line',
        stack: 'band',
        data: points.map(() => width),
        lineStyle: { opacity: 0 },
        symbol: 'none',
        areaStyle: { color: 'rgba(36, 86, 214, 0.12)' },
        itemStyle: { color: 'rgba(36, 86, 214, 0.35)' },
        tooltip: { show: false },
      },
      {
        name: labels.mean,
        type: 'line',
        data: points.map(() => fix(s, mean)),
        symbol: 'none',
        lineStyle: { type: 'dashed', color: '#6b7280' },
        itemStyle: { color: '#6b7280' },
      },
      {
        name: labels.value,
        type: 'line',
        data: points.map((p) => fix(s, p.value)),
        showSymbol: n <= 60,
        itemStyle: { color: '#2456d6' },
      },
      {
        name: labels.outside,
        type: 'line',
        data: points.map((p) => (far(p) ? fix(s, p.value) : null)),
        symbolSize: 9,
        showAllSymbol: true,
        lineStyle: { width: 0 },
        itemStyle: { color: '#c2410c' },
      },
    ],
  };
}

/** A heatmap of cells (x numbers, y labels), colour by value. */
export function heatmapOption(
  cells: readonly HeatCell[],
  axes: { x: readonly number[]; y: readonly string[]; yLabel: (y: string) => string; xLabel: (x: number) => string },
  s: Scale,
) {
  const values = cells.map((c) => c.value).filter((v): v is number => v !== null);
  const min = values.length ? Math.min(...values) * s.factor : 0;
  const max = values.length ? Math.max(...values) * s.factor : 1;
  return {
    animation: false,
    tooltip: { position: 'top', valueFormatter: fmt(s) },
    // Room under the axis labels for the colour bar and the values its handles show above it.
    grid: { left: 110, right: 16, top: 16, bottom: 100 },
    xAxis: { type: 'category', data: axes.x.map(axes.xLabel), splitArea: { show: true } },
    yAxis: { type: 'category', data: axes.y.map(axes.yLabel), splitArea: { show: true } },
    visualMap: {
      min: Number(min.toFixed(s.digits + 2)),
      max: Number(max.toFixed(s.digits + 2)),
      calculable: true,
      orient: 'horizontal',
      left: 'center',
      bottom: 4,
      itemHeight: 120,
      precision: s.digits,
      text: [`${Number(max.toFixed(s.digits))}${s.unit}`, `${Number(min.toFixed(s.digits))}${s.unit}`],
      inRange: { color: ['#f7fbff', '#6baed6', '#08306b'] },
    },
    series: [
      {
        type: 'heatmap',
        data: cells
          .filter((c) => c.value !== null)
          .map((c) => [axes.x.indexOf(c.x), axes.y.indexOf(c.y), fix(s, c.value)]),
      },
    ],
  };
}

/** One step of a waterfall: a label and a signed change. */
export interface WaterfallStep {
  readonly label: string;
  readonly delta: number;
}

const GOOD = '#15803d';
const BAD = '#b91c1c';

/** Rise and fall colours: green for good news, red for bad (a rise of a repeat rate is bad), slate when neither. */
function stepColours(upIsGood: boolean | null): { rise: string; fall: string } {
  if (upIsGood === null) return { rise: '#475569', fall: '#94a3b8' };
  return upIsGood ? { rise: GOOD, fall: BAD } : { rise: BAD, fall: GOOD };
}

/**
 * A waterfall (ECharts has none): a transparent base bar stacked under a rise or a fall, with the value before and
 * after as whole bars. The axis is scaled to the running totals, so small changes of a rate can be seen.
 */
export function waterfallOption(
  before: number,
  steps: readonly WaterfallStep[],
  labels: { before: string; after: string; rise: string; fall: string },
  s: Scale,
  upIsGood: boolean | null = true,
) {
  const colour = stepColours(upIsGood);
  let running = before;
  const base: (number | null)[] = [null];
  const rise: (number | null)[] = [null];
  const fall: (number | null)[] = [null];
  for (const step of steps) {
    const next = running + step.delta;
    base.push(fix(s, Math.min(running, next)));
    rise.push(step.delta >= 0 ? fix(s, step.delta) : null);
    fall.push(step.delta < 0 ? fix(s, -step.delta) : null);
    running = next;
  }
  const after = running;
  base.push(null);
  rise.push(null);
  fall.push(null);
  const ends = [fix(s, before), ...steps.map(() => null), fix(s, after)];
  return {
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: fmt(s) },
    grid: { left: 56, right: 16, top: 24, bottom: 100 },
    xAxis: {
      type: 'category',
      data: [labels.before, ...steps.map((x) => x.label), labels.after],
      axisLabel: { rotate: 45, interval: 0, width: 120, overflow: 'truncate' },
    },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: `{value}${s.unit}` } },
    series: [
      {
        name: 'base',
        type: 'bar',
        stack: 'w',
        data: base,
        itemStyle: { color: 'transparent' },
        tooltip: { show: false },
      },
      { name: labels.rise, type: 'bar', stack: 'w', data: rise, itemStyle: { color: colour.rise } },
      { name: labels.fall, type: 'bar', stack: 'w', data: fall, itemStyle: { color: colour.fall } },
      { name: labels.after, type: 'bar', stack: 'w', data: ends, itemStyle: { color: '#2456d6' } },
    ],
  };
}

/** The time chart with its normal band (transparent base + stacked band) and the points outside it marked. */
export function bandOption(
  points: readonly BandPoint[],
  labels: { value: string; band: string; outside: string },
  s: Scale,
) {
  const n = points.length;
  return {
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: fmt(s) },
    legend: { data: [labels.value, labels.band, labels.outside], top: 0 },
    grid: { left: 56, right: 24, top: 40, bottom: n > 60 ? 64 : 40 },
    xAxis: { type: 'category', data: points.map((p) => p.bucket) },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: `{value}${s.unit}` } },
    dataZoom: n > 60 ? [{ type: 'slider', bottom: 8 }] : [],
    series: [
      {
        name: 'base',
        type: 'line',
        stack: 'band',
        data: points.map((p) => fix(s, p.lower)),
        lineStyle: { opacity: 0 },
        symbol: 'none',
        tooltip: { show: false },
      },
      {
        name: labels.band,
        type: 'line',
        stack: 'band',
        data: points.map((p) => (p.lower === null || p.upper === null ? null : fix(s, p.upper - p.lower))),
        lineStyle: { opacity: 0 },
        symbol: 'none',
        areaStyle: { color: 'rgba(21, 128, 61, 0.15)' },
        itemStyle: { color: 'rgba(21, 128, 61, 0.4)' },
        tooltip: { show: false },
      },
      {
        name: labels.value,
        type: 'line',
        data: points.map((p) => fix(s, p.value)),
        showSymbol: false,
        itemStyle: { color: '#2456d6' },
      },
      {
        name: labels.outside,
        type: 'line',
        data: points.map((p) => (p.outside ? fix(s, p.value) : null)),
        symbolSize: 9,
        showAllSymbol: true,
        lineStyle: { width: 0 },
        itemStyle: { color: '#c2410c' },
      },
    ],
  };
}
