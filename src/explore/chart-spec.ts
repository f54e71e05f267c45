import type { GridColumn } from '../ui/grid/column-kind';

export const CHART_TYPES = ['bar', 'line', 'scatter', 'histogram', 'heatmap'] as const;
export type ChartType = (typeof CHART_TYPES)[number];
export const AGGREGATES = ['sum', 'avg', 'count'] as const;
export type Aggregate = (typeof AGGREGATES)[number];

/**
 * A quick chart of a result. Bar and line: `x` by `agg` of `y`. Scatter: `x` against `y`. Histogram: `x` alone.
 * Heatmap: `x` across, `series` down, `agg` of `y` as the colour.
 */
export interface ChartSpec {
  readonly type: ChartType;
  readonly x: string;
  readonly y: string | null;
  readonly series: string | null;
  readonly agg: Aggregate;
}

const numeric = (c: GridColumn) => c.kind === 'integer' || c.kind === 'decimal';
const temporal = (c: GridColumn) => c.kind === 'date' || c.kind === 'datetime';
const textual = (c: GridColumn) => !numeric(c) && !temporal(c);

/**
 * The chart a result's column types suggest: date + number → line, two texts + number → heatmap, text + number →
 * bar, two numbers → scatter, one number → histogram, text alone → bar of counts. Null when nothing fits.
 */
export function proposeChart(columns: readonly GridColumn[]): ChartSpec | null {
  const numbers = columns.filter(numeric);
  const dates = columns.filter(temporal);
  const texts = columns.filter(textual);
  const value = numbers[0]?.name ?? null;
  const agg: Aggregate = value ? 'sum' : 'count';
  if (dates[0]) return { type: 'line', x: dates[0].name, y: value, series: null, agg };
  if (texts.length >= 2 && value) return { type: 'heatmap', x: texts[0]!.name, y: value, series: texts[1]!.name, agg };
  if (texts[0]) return { type: 'bar', x: texts[0].name, y: value, series: null, agg };
  if (numbers.length >= 2) return { type: 'scatter', x: numbers[0]!.name, y: numbers[1]!.name, series: null, agg };
  if (value) return { type: 'histogram', x: value, y: null, series: null, agg: 'count' };
  return null;
}

/** A chart spec kept in a view, checked against the result's columns: a column no longer there drops it. */
export function chartFits(spec: ChartSpec, columns: readonly GridColumn[]): boolean {
  const names = new Set(columns.map((c) => c.name));
  const y = spec.y === null || names.has(spec.y);
  const series = spec.series === null || names.has(spec.series);
  return names.has(spec.x) && y && series;
}

/** Reads a chart spec from saved JSON; anything malformed gives null. */
export function readChartSpec(input: unknown): ChartSpec | null {
  if (typeof input !== 'object' || input === null) return null;
  const o = input as Record<string, unknown>;
  const name = (v: unknown) => (typeof v === 'string' ? v : null);
  if (!CHART_TYPES.includes(o.type as ChartType) || typeof o.x !== 'string') return null;
  const agg = AGGREGATES.includes(o.agg as Aggregate) ? (o.agg as Aggregate) : 'sum';
  return { type: o.type as ChartType, x: o.x, y: name(o.y), series: name(o.series), agg };
}
