import type { Cell, QueryResult } from '../../engine/engine';
import { addSums, cellSum, EMPTY_SUM, subtractSums, sumValue, type KpiSum } from '../common/change/kpi-weight';
import { meanSd, type BucketValue } from './dispersion-shape';
import type { CalendarEffect } from './effects-shape';
import type { SpreadDimension } from './settings';

export interface SegmentCell {
  readonly bucket: string;
  readonly segment: string | null;
  readonly inDays: boolean;
  readonly sum: KpiSum;
}

export interface TimeCell {
  readonly bucket: string;
  readonly hour: number;
  readonly dom: number;
  readonly weekday: number;
  readonly sum: KpiSum;
}

const num = (v: Cell | undefined): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const valueOf = (v: Cell | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function readSegmentCells(result: QueryResult, additive: boolean): SegmentCell[] {
  return result.rows.map((r) => ({
    bucket: String(r.bucket),
    segment: r.segment === null || r.segment === undefined ? null : String(r.segment),
    inDays: r.in_days === true,
    sum: cellSum(additive, { value: valueOf(r.value), weight: num(r.weight) }),
  }));
}

export function readTimeCells(result: QueryResult, additive: boolean): TimeCell[] {
  return result.rows.map((r) => ({
    bucket: String(r.bucket),
    hour: num(r.hour),
    dom: num(r.dom),
    weekday: num(r.weekday),
    sum: cellSum(additive, { value: valueOf(r.value), weight: num(r.weight) }),
  }));
}

/** The KPI variance split: total = within segments + between segments (weighted by the KPI's weight; counts by 1). */
export interface VarianceSplit {
  readonly total: number;
  readonly within: number;
  readonly between: number;
  readonly withinShare: number | null;
  readonly betweenShare: number | null;
}

/**
 * Law of total variance over the (bucket, segment) values: each cell's KPI x with weight w (a ratio's
 * denominator; 1 for a count per day). Total Σw(x − x̄)²/Σw = within Σw(x − x̄ₛ)²/Σw + between ΣWₛ(x̄ₛ − x̄)²/Σw.
 */
export function varianceSplit(cells: readonly SegmentCell[], days: ReadonlyMap<string, number>, additive: boolean) {
  const merged = new Map<string, { segment: string | null; sum: KpiSum; bucket: string }>();
  for (const c of cells) {
    const key = JSON.stringify([c.bucket, c.segment]);
    const m = merged.get(key);
    merged.set(key, { segment: c.segment, bucket: c.bucket, sum: m ? addSums(m.sum, c.sum) : c.sum });
  }
  const points: { segment: string | null; x: number; w: number }[] = [];
  for (const m of merged.values()) {
    const v = sumValue(additive, m.sum);
    if (v === null) continue;
    points.push(
      additive
        ? { segment: m.segment, x: v / (days.get(m.bucket) ?? 1), w: 1 }
        : { segment: m.segment, x: v, w: m.sum.weight },
    );
  }
  const W = points.reduce((a, p) => a + p.w, 0);
  if (W <= 0) return { total: 0, within: 0, between: 0, withinShare: null, betweenShare: null };
  const grand = points.reduce((a, p) => a + p.w * p.x, 0) / W;
  const groups = new Map<string | null, { w: number; wx: number }>();
  for (const p of points) {
    const g = groups.get(p.segment) ?? { w: 0, wx: 0 };
    groups.set(p.segment, { w: g.w + p.w, wx: g.wx + p.w * p.x });
  }
  const meanOf = (s: string | null) => {
    const g = groups.get(s)!;
    return g.wx / g.w;
  };
  const total = points.reduce((a, p) => a + p.w * (p.x - grand) ** 2, 0) / W;
  const within = points.reduce((a, p) => a + p.w * (p.x - meanOf(p.segment)) ** 2, 0) / W;
  const between = [...groups.entries()].reduce((a, [s, g]) => a + g.w * (meanOf(s) - grand) ** 2, 0) / W;
  return {
    total,
    within,
    between,
    withinShare: total > 0 ? within / total : null,
    betweenShare: total > 0 ? between / total : null,
  } satisfies VarianceSplit;
}

/** What a leave-one-out leaves out. */
export interface LeftOut {
  readonly segments?: readonly (string | null)[];
  readonly daysOfMonth?: readonly number[];
  readonly weekday?: number;
  readonly hour?: number;
}

export interface LeaveOut extends LeftOut {
  /** The sd of the bucket values with those calls left out. */
  readonly sd: number | null;
  /** sd with everything − sd without them: what they add to the sd. */
  readonly added: number | null;
  /** The calls left out. */
  readonly calls: number;
}

/**
 * The sd of the bucket series (as the dispersion figures: counts per day, ratios recombined) after leaving some
 * calls out. A bucket that loses every call it had leaves the series (those days are left out, not zeros).
 */
export function sdWithout(
  buckets: readonly BucketValue[],
  removed: ReadonlyMap<string, KpiSum>,
  additive: boolean,
): number | null {
  const values: number[] = [];
  for (const b of buckets) {
    const gone = removed.get(b.bucket) ?? EMPTY_SUM;
    const whole = additive
      ? { num: (b.value ?? 0) * b.days, weight: b.weight }
      : { num: (b.value ?? 0) * b.weight, weight: b.weight };
    const left = subtractSums(whole, gone);
    if (b.calls > 0 && gone.weight >= b.weight - 1e-9 && gone.weight > 0) continue;
    const v = sumValue(additive, left);
    if (v === null) continue;
    values.push(additive ? v / Math.max(b.days, 1) : v);
  }
  return meanSd(values).sd;
}

function removedBy<T extends { bucket: string; sum: KpiSum }>(cells: readonly T[], pick: (c: T) => boolean) {
  const out = new Map<string, KpiSum>();
  let calls = 0;
  for (const c of cells) {
    if (!pick(c)) continue;
    out.set(c.bucket, addSums(out.get(c.bucket) ?? EMPTY_SUM, c.sum));
    calls += c.sum.weight;
  }
  return { out, calls };
}

/**
 * Leave-one-out rankings: the sd without each segment, each pair of segments, each group of days of the month
 * (as found by the calendar scan), the segments of a calendar effect on its days, each weekday and each hour.
 * Ranked by what they add to the sd. `calls` counts the weight left out (offered or answered calls).
 */
export function leaveOneOut(input: {
  readonly buckets: readonly BucketValue[];
  readonly segmentCells: readonly SegmentCell[];
  readonly timeCells: readonly TimeCell[];
  readonly additive: boolean;
  readonly sd: number | null;
  /** Days-of-month groups to try, and segments found to surge on them (from the calendar scan). */
  readonly dayGroups: readonly { readonly days: readonly number[]; readonly segments: readonly string[] }[];
}): LeaveOut[] {
  const { buckets, segmentCells, timeCells, additive, sd } = input;
  const results: LeaveOut[] = [];
  const add = (left: LeftOut, removed: { out: Map<string, KpiSum>; calls: number }) => {
    if (removed.calls <= 0) return;
    const without = sdWithout(buckets, removed.out, additive);
    results.push({
      ...left,
      sd: without,
      added: sd === null || without === null ? null : sd - without,
      calls: removed.calls,
    });
  };
  const segments = [...new Set(segmentCells.map((c) => c.segment))];
  for (const s of segments)
    add(
      { segments: [s] },
      removedBy(segmentCells, (c) => c.segment === s),
    );
  for (let i = 0; i < segments.length; i++)
    for (let j = i + 1; j < segments.length; j++) {
      const pair: (string | null)[] = [segments[i]!, segments[j]!];
      add(
        { segments: pair },
        removedBy(segmentCells, (c) => pair.includes(c.segment)),
      );
    }
  for (const group of input.dayGroups) {
    const days = new Set(group.days);
    add(
      { daysOfMonth: group.days },
      removedBy(timeCells, (c) => days.has(c.dom)),
    );
    if (group.segments.length)
      add(
        { segments: group.segments, daysOfMonth: group.days },
        removedBy(segmentCells, (c) => c.inDays && c.segment !== null && group.segments.includes(c.segment)),
      );
  }
  for (let w = 1; w <= 7; w++)
    add(
      { weekday: w },
      removedBy(timeCells, (c) => c.weekday === w),
    );
  for (const h of [...new Set(timeCells.map((c) => c.hour))].sort((a, b) => a - b))
    add(
      { hour: h },
      removedBy(timeCells, (c) => c.hour === h),
    );
  return results.sort((a, b) => (b.added ?? -Infinity) - (a.added ?? -Infinity));
}

/** The headline leave-one-out findings: the best of each kind (segments on days first, then segments, days, a weekday, an hour). */
export function headlineLeaveOuts(loo: readonly LeaveOut[]): LeaveOut[] {
  const kindOf = (l: LeaveOut) =>
    l.segments && l.daysOfMonth ? 'segdays' : l.segments ? 'seg' : l.daysOfMonth ? 'days' : l.weekday ? 'wd' : 'hour';
  const seen = new Set<string>();
  const best = loo.filter((l) => {
    if (l.added === null || l.added <= 0 || seen.has(kindOf(l))) return false;
    seen.add(kindOf(l));
    return true;
  });
  // Segments on their days say the most (who and when): they lead when they are in the running.
  return [...best.filter((l) => kindOf(l) === 'segdays'), ...best.filter((l) => kindOf(l) !== 'segdays')];
}

/** Days-of-month groups the calendar scan found, with the segments of the chosen dimension that surge on them. */
export function dayGroups(effects: readonly CalendarEffect[], dim: SpreadDimension) {
  const groups = new Map<string, { days: number[]; segments: string[] }>();
  for (const e of effects) {
    if (e.kind !== 'day_of_month' || !e.daysOfMonth || e.ratio < 1) continue;
    const key = e.daysOfMonth.join(',');
    const g = groups.get(key) ?? { days: [...e.daysOfMonth], segments: [] };
    if (e.dim === dim) g.segments.push(e.segment);
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => a.days[0]! - b.days[0]!);
}
