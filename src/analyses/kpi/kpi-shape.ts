import type { Cell, QueryResult } from '../../engine/engine';
import type { DayRange, KpiId } from '../../metrics';
import { OVERVIEW_KPIS, type Grain } from './kpi-sql';

/** The tiles, in order; each tile's `data-figure` is `overview.<id>`. */
export const TILES = [
  'offered',
  'answer_rate',
  'abandon_rate',
  'service_level',
  'asa_s',
  'aht_s',
  'resolution_rate',
  'repeat_rate',
  'cost_per_contact',
] as const satisfies readonly KpiId[];
export type TileId = (typeof TILES)[number];

export type KpiValues = Readonly<Record<KpiId, number | null>>;

const num = (v: Cell | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Reads `dataRangeSql`: null when no call matches. */
export function readRange(result: QueryResult): DayRange | null {
  const row = result.rows[0];
  return row && typeof row.first === 'string' && typeof row.last === 'string'
    ? { from: row.first, to: row.last }
    : null;
}

/** Reads `periodsSql` into each period's KPIs (a period without calls reads as offered 0, every ratio null). */
export function readPeriods(result: QueryResult): { current: KpiValues; previous: KpiValues } {
  const read = (period: string): KpiValues => {
    const row = result.rows.find((r) => r.period === period);
    return Object.fromEntries(
      OVERVIEW_KPIS.map((id) => [id, row ? num(row[id]) : id === 'offered' ? 0 : null]),
    ) as KpiValues;
  };
  return { current: read('current'), previous: read('previous') };
}

export interface SeriesPoint {
  readonly bucket: string;
  readonly offered: number;
  /** Answered ÷ offered, a fraction; null when nothing was offered. */
  readonly answerRate: number | null;
}

/** Reads `seriesSql`. */
export function readSeries(result: QueryResult): SeriesPoint[] {
  return result.rows.map((r) => ({
    bucket: String(r.bucket),
    offered: num(r.offered) ?? 0,
    answerRate: num(r.answer_rate),
  }));
}

/** The chart's buckets: hours when the period is two days or less, so a one-day range is not one lone bar. */
export function chooseGrain(setting: 'auto' | Grain, current: DayRange): Grain {
  if (setting !== 'auto') return setting;
  return Date.parse(current.to) - Date.parse(current.from) <= 86_400_000 ? 'hour' : 'day';
}
