import type { BucketValue } from './dispersion-shape';
import type { Translate } from './format';
import type { Bucket } from './settings';

/** A bucket as read: a weekday's name, an hour as `15:00`, a day of the month as `3`, dates as they are. */
export function bucketLabel(t: Translate, bucket: Bucket, value: string): string {
  if (bucket === 'weekday') return t(`variance.weekday.${value}`);
  if (bucket === 'hour') return t('variance.hourLabel', { hour: value.padStart(2, '0') });
  return value;
}

/** Calendar days the buckets span (the most any bucket spans, for pooled cycles; their sum for series). */
export function dayCountOf(buckets: readonly BucketValue[]): number {
  if (buckets.length === 0) return 1;
  const max = Math.max(...buckets.map((b) => b.days));
  const sum = buckets.reduce((a, b) => a + b.days, 0);
  return buckets.every((b) => b.days === max) && buckets.length > 1 && max > 1 ? max : sum;
}
