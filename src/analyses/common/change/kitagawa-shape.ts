import type { Cell, QueryResult } from '../../../engine/engine';
import { cellSum, sumValue, type KpiSum } from './kpi-weight';

/** One segment's part of a change between a control and a test period. */
export interface SegmentChange {
  /** The segment's value (null: calls without one). */
  readonly segment: string | null;
  /** Weight (denominator) in each period; a count's weight is its offered calls. */
  readonly w0: number;
  readonly w1: number;
  /** Share of the period's weight: Σ share = 1 in each period with any weight. */
  readonly share0: number;
  readonly share1: number;
  /** The KPI within the segment (null where it has no weight). */
  readonly r0: number | null;
  readonly r1: number | null;
  /**
   * Kitagawa's symmetric parts: mix = (s₁ − s₀)((r₁ + r₀)/2 − R̄), rate = (r₁ − r₀)(s₁ + s₀)/2, R̄ the mean of the
   * overall rate before and after (it cancels in Σ mix). A count's change is all the segment's own (rate).
   */
  readonly mix: number;
  readonly rate: number;
  readonly total: number;
}

export interface ChangeSplit {
  readonly additive: boolean;
  readonly before: number | null;
  readonly after: number | null;
  /** after − before; equals Σ mix + Σ rate (to rounding of doubles). */
  readonly total: number | null;
  readonly mix: number;
  readonly rate: number;
  readonly segments: readonly SegmentChange[];
}

export interface SegmentPeriodRow {
  readonly segment: string | null;
  readonly period: 'test' | 'control';
  readonly value: number | null;
  readonly weight: number;
}

const num = (v: Cell | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Reads `segmentPeriodsSql`. */
export function readSegmentPeriods(result: QueryResult): SegmentPeriodRow[] {
  return result.rows.map((r) => ({
    segment: r.segment === null || r.segment === undefined ? null : String(r.segment),
    period: r.period === 'test' ? 'test' : 'control',
    value: num(r.value),
    weight: num(r.weight) ?? 0,
  }));
}

/**
 * Kitagawa's (1955) symmetric split of a rate's change into mix and rate parts per segment, which add up exactly
 * (no residual, whatever the order of the periods). A segment missing from a period takes its other period's rate
 * there: its whole part is then mix (its weight came or went). A count's change is split per segment as is.
 */
export function kitagawa(rows: readonly SegmentPeriodRow[], additive: boolean): ChangeSplit {
  const keys = [...new Set(rows.map((r) => r.segment))];
  const sum = (period: 'test' | 'control', key: string | null): KpiSum => {
    const row = rows.find((r) => r.period === period && r.segment === key);
    return row ? cellSum(additive, row) : { num: 0, weight: 0 };
  };
  const total0 = rows.filter((r) => r.period === 'control').reduce((a, r) => a + r.weight, 0);
  const total1 = rows.filter((r) => r.period === 'test').reduce((a, r) => a + r.weight, 0);
  const whole = (period: 'test' | 'control') =>
    sumValue(
      additive,
      rows
        .filter((r) => r.period === period)
        .reduce<KpiSum>(
          (a, r) => {
            const c = cellSum(additive, r);
            return { num: a.num + c.num, weight: a.weight + c.weight };
          },
          { num: 0, weight: 0 },
        ),
    );
  const before = whole('control');
  const after = whole('test');
  // Σ (s₁ − s₀) = 0, so taking the mean overall rate off each segment's leaves the total mix as it is and makes a
  // segment's mix say whether calls moving to it pulled the rate up (it is above average) or down (Chevan and
  // Sutherland 2009, per-category effects).
  const overall = ((before ?? 0) + (after ?? 0)) / 2;
  const segments = keys.map((segment): SegmentChange => {
    const s0 = sum('control', segment);
    const s1 = sum('test', segment);
    const share0 = total0 > 0 ? s0.weight / total0 : 0;
    const share1 = total1 > 0 ? s1.weight / total1 : 0;
    const base = { segment, w0: s0.weight, w1: s1.weight, share0, share1 };
    if (additive) {
      const change = s1.num - s0.num;
      return { ...base, r0: s0.num, r1: s1.num, mix: 0, rate: change, total: change };
    }
    const r0 = sumValue(false, s0);
    const r1 = sumValue(false, s1);
    const a0 = r0 ?? r1 ?? 0;
    const a1 = r1 ?? r0 ?? 0;
    const mix = (share1 - share0) * ((a1 + a0) / 2 - overall);
    const rate = ((a1 - a0) * (share1 + share0)) / 2;
    return { ...base, r0, r1, mix, rate, total: mix + rate };
  });
  return {
    additive,
    before,
    after,
    total: before === null || after === null ? null : after - before,
    mix: segments.reduce((a, s) => a + s.mix, 0),
    rate: segments.reduce((a, s) => a + s.rate, 0),
    segments: [...segments].sort((a, b) => Math.abs(b.total) - Math.abs(a.total)),
  };
}
