import type { Cell, QueryResult } from '../../engine/engine';

/** One bucket's KPI: a count per day of the bucket, or the ratio itself; null when it has no denominator. */
export interface BucketValue {
  readonly bucket: string;
  readonly days: number;
  readonly value: number | null;
  /** The KPI's weight: its denominator (offered or answered calls, or a repeat rate's closed-window calls). */
  readonly weight: number;
  readonly calls: number;
}

export interface Extreme {
  readonly bucket: string;
  readonly value: number;
}

/** How much a KPI swings over its buckets. */
export interface Dispersion {
  /** Buckets with a value, and without one (no denominator). */
  readonly n: number;
  readonly missing: number;
  readonly mean: number | null;
  /** Sample sd (n − 1) of the bucket values; null under two buckets. */
  readonly sd: number | null;
  /** Mean and sd weighted by each bucket's weight: √(Σ w (x − x̄w)² ÷ Σ w). */
  readonly weightedMean: number | null;
  readonly sdWeighted: number | null;
  /** sd ÷ mean; null when the mean is 0 or there is no sd. */
  readonly cv: number | null;
  readonly min: Extreme | null;
  readonly max: Extreme | null;
}

const num = (v: Cell | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Reads `dispersionSql`: a count becomes a count per day, with 0 for a day without calls. */
export function readBuckets(result: QueryResult, additive: boolean): BucketValue[] {
  return result.rows.map((r) => {
    const days = num(r.days) ?? 1;
    const raw = num(r.value);
    const value = additive ? (raw ?? 0) / Math.max(days, 1) : raw;
    return { bucket: String(r.bucket), days, value, weight: num(r.weight) ?? 0, calls: num(r.calls) ?? 0 };
  });
}

/** Plain mean and sample sd of values (sd null under two values). */
export function meanSd(values: readonly number[]): { mean: number | null; sd: number | null } {
  const n = values.length;
  if (n === 0) return { mean: null, sd: null };
  const mean = values.reduce((a, v) => a + v, 0) / n;
  if (n < 2) return { mean, sd: null };
  const ss = values.reduce((a, v) => a + (v - mean) ** 2, 0);
  return { mean, sd: Math.sqrt(ss / (n - 1)) };
}

/** The figures of a series of bucket values. */
export function dispersion(points: readonly BucketValue[]): Dispersion {
  const valued = points.filter((p): p is BucketValue & { value: number } => p.value !== null);
  const { mean, sd } = meanSd(valued.map((p) => p.value));
  const w = valued.reduce((a, p) => a + p.weight, 0);
  const weightedMean = w > 0 ? valued.reduce((a, p) => a + p.weight * p.value, 0) / w : null;
  const sdWeighted =
    weightedMean !== null && valued.length >= 2
      ? Math.sqrt(valued.reduce((a, p) => a + p.weight * (p.value - weightedMean) ** 2, 0) / w)
      : null;
  let min: Extreme | null = null;
  let max: Extreme | null = null;
  for (const p of valued) {
    if (!min || p.value < min.value) min = { bucket: p.bucket, value: p.value };
    if (!max || p.value > max.value) max = { bucket: p.bucket, value: p.value };
  }
  return {
    n: valued.length,
    missing: points.length - valued.length,
    mean,
    sd,
    weightedMean,
    sdWeighted,
    cv: sd !== null && mean !== null && mean !== 0 ? sd / Math.abs(mean) : null,
    min,
    max,
  };
}

/** Buckets more than `z` sd from the mean (sd of the series itself), most extreme first. */
export function outlyingBuckets(points: readonly BucketValue[], stats: Dispersion, z = 2): BucketValue[] {
  const { mean, sd } = stats;
  if (mean === null || sd === null || sd === 0) return [];
  return points
    .filter((p) => p.value !== null && Math.abs(p.value - mean) > z * sd)
    .sort((a, b) => Math.abs(b.value! - mean) - Math.abs(a.value! - mean));
}
