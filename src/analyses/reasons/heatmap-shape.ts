import type { Cell, QueryResult } from '../../engine/engine';

const num = (v: Cell | undefined): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const text = (v: Cell | undefined): string | null => (typeof v === 'string' ? v : null);

export interface HeatCell {
  readonly reason: string | null;
  readonly code: string | null;
  readonly bucket: number;
  readonly n: number;
  readonly answered: number;
}

/** Reads `heatmapSql`. */
export function readHeat(result: QueryResult): HeatCell[] {
  return result.rows.map((r) => ({
    reason: text(r.reason),
    code: text(r.code),
    bucket: num(r.bucket),
    n: num(r.n),
    answered: num(r.answered),
  }));
}

/** Calls and answer rate per bucket over all reasons. */
export function bucketTotals(cells: readonly HeatCell[]): Map<number, { n: number; rate: number }> {
  const sums = new Map<number, { n: number; a: number }>();
  for (const c of cells) {
    const s = sums.get(c.bucket) ?? { n: 0, a: 0 };
    sums.set(c.bucket, { n: s.n + c.n, a: s.a + c.answered });
  }
  return new Map([...sums].map(([b, s]) => [b, { n: s.n, rate: s.n > 0 ? s.a / s.n : 0 }]));
}

/**
 * The bucket whose answer rate is lowest, among buckets with at least 1% of the calls (a quiet hour's few calls say
 * little): the default "spike" to explain. Null when no bucket qualifies.
 */
export function pickDip(cells: readonly HeatCell[]): number | null {
  const totals = bucketTotals(cells);
  const all = [...totals.values()].reduce((s, t) => s + t.n, 0);
  let best: { bucket: number; rate: number } | null = null;
  for (const [bucket, t] of totals)
    if (t.n >= 0.01 * all && (!best || t.rate < best.rate)) best = { bucket, rate: t.rate };
  return best?.bucket ?? null;
}

/**
 * Each reason's index per bucket: its share of the bucket's calls ÷ its share of all calls (1 = as usual, 10 = ten
 * times as common in that bucket). Shows where a reason concentrates, not where calls are many.
 */
export function heatIndex(cells: readonly HeatCell[]): Map<string, number> {
  const totals = bucketTotals(cells);
  const all = [...totals.values()].reduce((s, t) => s + t.n, 0);
  const byReason = new Map<string | null, number>();
  for (const c of cells) byReason.set(c.reason, (byReason.get(c.reason) ?? 0) + c.n);
  const out = new Map<string, number>();
  for (const c of cells) {
    const bucketN = totals.get(c.bucket)?.n ?? 0;
    const reasonN = byReason.get(c.reason) ?? 0;
    out.set(`${c.reason}\u0001${c.bucket}`, bucketN > 0 && reasonN > 0 ? c.n / bucketN / (reasonN / all) : 0);
  }
  return out;
}
