import { callsWhere, type DayRange } from '../../metrics';
import { NO_FILTERS } from '../../model';
import { join, sql, type Fragment } from '../../sql';
import type { ChangeDimension } from '../common/change/dimensions';
import { baselineDays } from './band-shape';
import type { Bucket } from './settings';

/** Calls of a range of days. */
export function periodPredicate(range: DayRange): Fragment {
  return callsWhere(NO_FILTERS, [{ range }]);
}

/** Calls on any of these days (`YYYY-MM-DD`). */
export function daysPredicate(days: readonly string[]): Fragment {
  if (days.length === 0) return sql`false`;
  return sql`cast(started_at as date) in (${join(
    days.map((d) => sql`cast(${d} as date)`),
    ', ',
  )})`;
}

const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** A bucket to explain: its calls, the calls it is compared with, and the dimension it is itself (not a driver). */
export interface BucketComparison {
  readonly test: Fragment;
  readonly control: Fragment;
  /** The bucket's own dimension, left out of the drivers. */
  readonly own: ChangeDimension | null;
  /** Days in each, for counts per day. */
  readonly testDays: number;
  readonly controlDays: number;
}

/**
 * A bucket of the dispersion against its comparison: a cycle's bucket (an hour, a weekday, a day of the month)
 * against the other buckets of the cycle; a day against the same weekday over the previous `weeks` weeks; a week
 * against the `weeks` weeks before it.
 */
export function bucketComparison(bucket: Bucket, value: string, weeks: number, spanDays: number): BucketComparison {
  switch (bucket) {
    case 'hour':
      return {
        test: sql`hour(started_at) = ${Number(value)}`,
        control: sql`hour(started_at) <> ${Number(value)}`,
        own: 'hour',
        testDays: spanDays,
        controlDays: spanDays,
      };
    case 'weekday':
      return {
        test: sql`isodow(started_at) = ${Number(value)}`,
        control: sql`isodow(started_at) <> ${Number(value)}`,
        own: 'weekday',
        testDays: spanDays / 7,
        controlDays: (spanDays * 6) / 7,
      };
    case 'day_of_month':
      return {
        test: sql`day(started_at) = ${Number(value)}`,
        control: sql`day(started_at) <> ${Number(value)}`,
        own: null,
        testDays: spanDays / 30.4,
        controlDays: spanDays - spanDays / 30.4,
      };
    case 'day': {
      const control = baselineDays(value, weeks);
      return {
        test: periodPredicate({ from: value, to: value }),
        control: daysPredicate(control),
        own: 'weekday',
        testDays: 1,
        controlDays: control.length,
      };
    }
    case 'week':
      return {
        test: periodPredicate({ from: value, to: addDays(value, 6) }),
        control: periodPredicate({ from: addDays(value, -7 * weeks), to: addDays(value, -1) }),
        own: null,
        testDays: 7,
        controlDays: 7 * weeks,
      };
  }
}

/** A point of the band (a day, or an hour `YYYY-MM-DD HH:00`) against the same slot over the previous weeks. */
export function bandComparison(point: string, weeks: number): BucketComparison {
  const day = point.slice(0, 10);
  const days = baselineDays(day, weeks);
  if (point.length > 10) {
    const hour = Number(point.slice(11, 13));
    return {
      test: sql`(${periodPredicate({ from: day, to: day })} and hour(started_at) = ${hour})`,
      control: sql`(${daysPredicate(days)} and hour(started_at) = ${hour})`,
      own: 'hour',
      testDays: 1,
      controlDays: days.length,
    };
  }
  return {
    test: periodPredicate({ from: day, to: day }),
    control: daysPredicate(days),
    own: 'weekday',
    testDays: 1,
    controlDays: days.length,
  };
}
