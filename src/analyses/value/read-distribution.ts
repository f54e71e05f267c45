import type { QueryResult } from '../../engine/engine';
import { count, first, num } from './cells';
import type { Bin } from './stats';

/** `momentsSql`'s row. */
export interface Moments {
  readonly customers: number;
  readonly noCost: number;
  readonly n: number;
  readonly total: number | null;
  readonly mean: number | null;
  readonly median: number | null;
  readonly varPop: number | null;
  readonly varSamp: number | null;
  readonly sdPop: number | null;
  readonly sdSamp: number | null;
  readonly skewness: number | null;
  readonly kurtosis: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly nonPositive: number;
  readonly logN: number;
  readonly logMean: number | null;
  readonly logSd: number | null;
  readonly logSkewness: number | null;
  readonly logKurtosis: number | null;
}

export function readMoments(result: QueryResult): Moments {
  const r = first(result);
  return {
    customers: count(r.customers),
    noCost: count(r.no_cost),
    n: count(r.n),
    total: num(r.total),
    mean: num(r.mean),
    median: num(r.median),
    varPop: num(r.var_pop),
    varSamp: num(r.var_samp),
    sdPop: num(r.sd_pop),
    sdSamp: num(r.sd_samp),
    skewness: num(r.skewness),
    kurtosis: num(r.kurtosis),
    min: num(r.min),
    max: num(r.max),
    nonPositive: count(r.non_positive),
    logN: count(r.log_n),
    logMean: num(r.log_mean),
    logSd: num(r.log_sd),
    logSkewness: num(r.log_skewness),
    logKurtosis: num(r.log_kurtosis),
  };
}

/** A histogram: equal bins from `lo` to `hi` (on the log scale when read so). */
export interface Histogram {
  readonly lo: number;
  readonly hi: number;
  readonly bins: readonly Bin[];
}

/** Reads `histogramSql`'s rows into `bins` bins, empty ones included. */
export function readHistogram(result: QueryResult, bins: number): Histogram {
  const size = Math.max(1, Math.floor(bins));
  const out: Bin[] = Array.from({ length: size }, () => ({ n: 0, value: 0 }));
  let lo = 0;
  let hi = 0;
  for (const row of result.rows) {
    const i = count(row.bin);
    lo = num(row.lo) ?? lo;
    hi = num(row.hi) ?? hi;
    if (i >= 0 && i < size) out[i] = { n: count(row.n), value: count(row.value) };
  }
  return { lo, hi, bins: out };
}

/** `concentrationSql`'s summary (on every row). */
export interface Concentration {
  readonly n: number;
  readonly total: number | null;
  readonly gini: number | null;
  readonly topCount: number;
  readonly top20Share: number | null;
}

export function readConcentration(result: QueryResult): Concentration {
  const r = first(result);
  return {
    n: count(r.n),
    total: num(r.total),
    gini: num(r.gini),
    topCount: count(r.top_count),
    top20Share: num(r.top20_share),
  };
}

/** A curve as (customer share, value share) points, starting at (0, 0). */
export type Curve = readonly (readonly [number, number])[];

/** Reads `concentrationSql`'s or `whaleSql`'s rows (columns `customers` and `value` or `share`). */
export function readCurve(result: QueryResult, y: 'value' | 'share'): Curve {
  return [[0, 0], ...result.rows.map((r) => [count(r.customers), count(r[y])] as const)];
}

/** `whaleSql`'s summary (on every row), with the peak as shares. */
export interface Whale {
  readonly n: number;
  readonly total: number | null;
  readonly peak: number | null;
  /** Share of customers at the peak, and the peak's cumulative net value ÷ total. */
  readonly peakShare: number | null;
  readonly peakHeight: number | null;
  readonly lossCount: number;
  readonly lossShare: number | null;
  readonly lossSum: number;
}

export function readWhale(result: QueryResult): Whale {
  const r = first(result);
  const n = count(r.n);
  const total = num(r.total);
  const peak = num(r.peak);
  const rank = num(r.peak_rank);
  return {
    n,
    total,
    peak,
    peakShare: n > 0 && rank !== null ? rank / n : null,
    peakHeight: peak !== null && total !== null && total > 0 ? peak / total : null,
    lossCount: count(r.loss_count),
    lossShare: n > 0 ? count(r.loss_count) / n : null,
    lossSum: count(r.loss_sum),
  };
}
