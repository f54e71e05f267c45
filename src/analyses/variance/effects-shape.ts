import type { Cell, QueryResult } from '../../engine/engine';
import type { ChangeDimension } from '../common/change/dimensions';

/** Offered calls of one segment per day and per hour (and the same for all calls under `segment` null). */
export interface SegmentCounts {
  readonly dim: ChangeDimension | null;
  readonly segment: string | null;
  readonly byDay: Map<string, number>;
  readonly byHour: Map<number, number>;
}

const num = (v: Cell | undefined): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** Reads `calendarCountsSql` into the total's counts (with no dimension, its own rows) and each segment's. */
export function readCalendarCounts(result: QueryResult, dims: readonly ChangeDimension[]) {
  const k = dims.length;
  const map = new Map<string, SegmentCounts>();
  const get = (dim: ChangeDimension | null, segment: string | null) => {
    const key = JSON.stringify([dim, segment]);
    let entry = map.get(key);
    if (!entry) map.set(key, (entry = { dim, segment, byDay: new Map(), byHour: new Map() }));
    return entry;
  };
  for (const row of result.rows) {
    const gid = num(row.gid);
    const byDay = (gid & (1 << (k + 1))) === 0;
    let dim: ChangeDimension | null = null;
    let segment: string | null = null;
    dims.forEach((d, i) => {
      if ((gid & (1 << (k - 1 - i))) === 0) {
        dim = d;
        segment = row[`d${i}`] === null || row[`d${i}`] === undefined ? null : String(row[`d${i}`]);
      }
    });
    const n = num(row.n);
    // The first dimension's segments, its calls without a value included, add up to the totals.
    if (dim === dims[0]) {
      const total = get(null, null);
      if (byDay) total.byDay.set(String(row.day), (total.byDay.get(String(row.day)) ?? 0) + n);
      else total.byHour.set(num(row.hour), (total.byHour.get(num(row.hour)) ?? 0) + n);
    }
    if (dim !== null && segment === null) continue; // calls without a value are no segment
    const entry = get(dim, segment);
    if (byDay) entry.byDay.set(String(row.day), n);
    else entry.byHour.set(num(row.hour), n);
  }
  const total = map.get(JSON.stringify([null, null])) ?? get(null, null);
  map.delete(JSON.stringify([null, null]));
  return { total, segments: [...map.values()] };
}

/** A segment whose volume departs from its own baseline on some days of the month, a weekday or an hour. */
export interface CalendarEffect {
  readonly dim: ChangeDimension;
  readonly segment: string;
  readonly kind: 'day_of_month' | 'weekday' | 'hour';
  readonly daysOfMonth?: readonly number[];
  readonly weekday?: number;
  readonly hour?: number;
  /** Observed ÷ expected calls (1 = no effect). */
  readonly ratio: number;
  readonly observed: number;
  readonly expected: number;
  /** (observed − expected) ÷ √(φ · expected), φ the segment's overdispersion. */
  readonly z: number;
  /** Months (of those with the days) in which the effect points the same way. */
  readonly months?: { readonly agree: number; readonly total: number };
}

export interface EffectThresholds {
  /** |z| at least this (default 4: a scan over many segments and days). */
  readonly z: number;
  /** Ratio at least this, or at most its inverse (default 1.5). */
  readonly ratio: number;
  /** Expected calls at least this (default 10). */
  readonly minExpected: number;
}

export const DEFAULT_THRESHOLDS: EffectThresholds = { z: 4, ratio: 1.5, minExpected: 10 };

const dayMs = 86_400_000;
/** ISO weekday (1 Monday … 7 Sunday) of a `YYYY-MM-DD`. */
export const isoWeekday = (day: string) => ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
const dom = (day: string) => Number(day.slice(8, 10));

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Every day from the first to the last, `YYYY-MM-DD`. */
export function daysBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += dayMs)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

const strong = (ratio: number, z: number, t: EffectThresholds) =>
  Math.abs(z) >= t.z && (ratio >= t.ratio || ratio <= 1 / t.ratio);

/**
 * Day-of-month effects of one segment, controlled for weekday: each day's expected volume is the segment's median
 * on that weekday (robust to the few days under test), so days 1–3 are compared with the same weekdays elsewhere.
 * Consecutive days of the month that depart the same way make one effect.
 */
export function dayOfMonthEffects(
  seg: SegmentCounts,
  days: readonly string[],
  t: EffectThresholds = DEFAULT_THRESHOLDS,
): { effects: CalendarEffect[]; phi: number } {
  const count = (d: string) => seg.byDay.get(d) ?? 0;
  const medians = new Map<number, number>();
  for (let w = 1; w <= 7; w++) medians.set(w, median(days.filter((d) => isoWeekday(d) === w).map(count)));
  const expected = (d: string) => medians.get(isoWeekday(d)) ?? 0;
  // Overdispersion: the median squared Pearson residual over its value for Poisson counts (0.455), at least 1.
  const residuals = days.filter((d) => expected(d) > 0).map((d) => (count(d) - expected(d)) ** 2 / expected(d));
  const phi = Math.max(1, median(residuals) / 0.455);
  const perDom = new Map<number, { o: number; e: number }>();
  for (const d of days) {
    const x = perDom.get(dom(d)) ?? { o: 0, e: 0 };
    perDom.set(dom(d), { o: x.o + count(d), e: x.e + expected(d) });
  }
  const flagged = new Map<number, number>();
  for (const [n, { o, e }] of perDom) {
    if (e < t.minExpected / 3) continue;
    const z = (o - e) / Math.sqrt(phi * e);
    if (strong(o / e, z, t)) flagged.set(n, Math.sign(z));
  }
  const effects: CalendarEffect[] = [];
  const sorted = [...flagged.keys()].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length;) {
    const run = [sorted[i]!];
    while (
      i + run.length < sorted.length &&
      sorted[i + run.length] === run[run.length - 1]! + 1 &&
      flagged.get(sorted[i + run.length]!) === flagged.get(run[0]!)
    )
      run.push(sorted[i + run.length]!);
    i += run.length;
    const inRun = days.filter((d) => run.includes(dom(d)));
    const o = inRun.reduce((a, d) => a + count(d), 0);
    const e = inRun.reduce((a, d) => a + expected(d), 0);
    if (e < t.minExpected) continue;
    const z = (o - e) / Math.sqrt(phi * e);
    const byMonth = new Map<string, { o: number; e: number }>();
    for (const d of inRun) {
      const m = byMonth.get(d.slice(0, 7)) ?? { o: 0, e: 0 };
      byMonth.set(d.slice(0, 7), { o: m.o + count(d), e: m.e + expected(d) });
    }
    const agree = [...byMonth.values()].filter((m) => Math.sign(m.o - m.e) === Math.sign(z)).length;
    // The effect must recur: in at least half of the months that have those days.
    if (byMonth.size >= 2 && agree * 2 < byMonth.size) continue;
    effects.push({
      dim: seg.dim!,
      segment: seg.segment!,
      kind: 'day_of_month',
      daysOfMonth: run,
      ratio: o / e,
      observed: o,
      expected: e,
      z,
      months: { agree, total: byMonth.size },
    });
  }
  return { effects, phi };
}

/**
 * Weekday and hour effects of one segment: its calls on a weekday (an hour) against its usual share of all calls
 * applied to that weekday's (hour's) total, so a busy Monday for everyone is no effect of anyone's.
 */
export function cycleEffects(
  seg: SegmentCounts,
  total: SegmentCounts,
  phi: number,
  t: EffectThresholds = DEFAULT_THRESHOLDS,
): CalendarEffect[] {
  const out: CalendarEffect[] = [];
  const scan = (kind: 'weekday' | 'hour', segBy: Map<number, number>, totalBy: Map<number, number>) => {
    // The segment's usual share is its median share over the weekdays (hours): one hour that stands out does not
    // lower the baseline of all the others.
    const share = median([...totalBy].filter(([, n]) => n > 0).map(([k, n]) => (segBy.get(k) ?? 0) / n));
    if (share <= 0) return;
    for (const [key, n] of totalBy) {
      const o = segBy.get(key) ?? 0;
      const e = share * n;
      if (e < t.minExpected) continue;
      const z = (o - e) / Math.sqrt(phi * e);
      if (strong(o / e, z, t))
        out.push({
          dim: seg.dim!,
          segment: seg.segment!,
          kind,
          [kind]: key,
          ratio: o / e,
          observed: o,
          expected: e,
          z,
        });
    }
  };
  scan('hour', seg.byHour, total.byHour);
  const byWeekday = (s: SegmentCounts) => {
    const m = new Map<number, number>();
    for (const [d, n] of s.byDay) m.set(isoWeekday(d), (m.get(isoWeekday(d)) ?? 0) + n);
    return m;
  };
  scan('weekday', byWeekday(seg), byWeekday(total));
  return out;
}

/** The calendar scan over every segment: effects, strongest first. */
export function calendarEffects(
  counts: ReturnType<typeof readCalendarCounts>,
  t: EffectThresholds = DEFAULT_THRESHOLDS,
): CalendarEffect[] {
  const seen = [...counts.total.byDay.keys()].sort();
  if (seen.length === 0) return [];
  const days = daysBetween(seen[0]!, seen[seen.length - 1]!);
  const out: CalendarEffect[] = [];
  for (const seg of counts.segments) {
    const { effects, phi } = dayOfMonthEffects(seg, days, t);
    out.push(...effects, ...cycleEffects(seg, counts.total, phi, t));
  }
  return out.sort((a, b) => Math.abs(b.z) - Math.abs(a.z));
}
