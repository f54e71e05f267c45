import type { Cell, QueryResult } from '../../engine/engine';
import { KPI_META } from '../../metrics';
import type { DecomposableKpi } from '../common/change/kpi-weight';

/** One point of the time chart held against its normal band. */
export interface BandPoint {
  readonly bucket: string;
  readonly value: number | null;
  readonly weight: number;
  readonly calls: number;
  /** Median of the same weekday (and hour) over the previous weeks; null under three of them. */
  readonly base: number | null;
  /** MAD after its floor. */
  readonly mad: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  /** (value − median) ÷ (1.4826 × floored MAD). */
  readonly z: number | null;
  readonly outside: boolean;
}

const num = (v: Cell | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * The MAD's floor, so a flat history does not make every small move an anomaly (ANALYSES.md §1.3 rule 6): a count's
 * Poisson spread √median ÷ 1.4826 and at least 1; a share's binomial spread √(m(1 − m) ÷ n) ÷ 1.4826 and at least
 * 0.001; seconds and money 2% of the median.
 */
export function madFloor(kpi: DecomposableKpi, median: number, weight: number): number {
  switch (KPI_META[kpi].format) {
    case 'count':
      return Math.max(Math.sqrt(Math.max(median, 0)) / 1.4826, 1);
    case 'share':
      return Math.max(Math.sqrt((median * (1 - median)) / Math.max(weight, 1)) / 1.4826, 0.001);
    default:
      return Math.abs(median) * 0.02;
  }
}

/** Fewest earlier points of the same slot a band needs. */
export const MIN_BASELINE = 3;

/** Reads `bandSql` and holds each point against median ± z × 1.4826 × floored MAD. */
export function readBand(result: QueryResult, kpi: DecomposableKpi, z: number): BandPoint[] {
  return result.rows.map((r) => {
    const value = num(r.value);
    const k = num(r.k) ?? 0;
    const base = k >= MIN_BASELINE ? num(r.base) : null;
    const spread = num(r.spread);
    const mad =
      base === null || spread === null ? null : Math.max(spread, madFloor(kpi, base, num(r.base_weight) ?? 0));
    const half = mad === null ? null : z * 1.4826 * mad;
    // A share cannot leave 0–1: the band stops there.
    const share = KPI_META[kpi].format === 'share';
    const clamp = (x: number) => (share ? Math.min(1, Math.max(0, x)) : x);
    const score = value === null || base === null || mad === null || mad === 0 ? null : (value - base) / (1.4826 * mad);
    return {
      bucket: String(r.bucket),
      value,
      weight: num(r.weight) ?? 0,
      calls: num(r.calls) ?? 0,
      base,
      mad,
      lower: base === null || half === null ? null : clamp(base - half),
      upper: base === null || half === null ? null : clamp(base + half),
      z: score,
      outside: score !== null && Math.abs(score) > z,
    };
  });
}

/** The days (`YYYY-MM-DD`) of the same weekday in the `weeks` weeks before a day. */
export function baselineDays(day: string, weeks: number): string[] {
  const t = Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
  return Array.from({ length: weeks }, (_, i) => new Date(t - (i + 1) * 7 * 86_400_000).toISOString().slice(0, 10));
}
