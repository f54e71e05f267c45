import { ident, raw, sql, type Fragment } from '../../../sql';

/** The attributes a change is explained by (ISSUE 14): columns of `canonical.calls`, plus the hour and the weekday. */
export const CHANGE_DIMENSIONS = [
  'business_line',
  'channel',
  'reason_category',
  'reason',
  'agent',
  'hour',
  'weekday',
  'segment',
] as const;
export type ChangeDimension = (typeof CHANGE_DIMENSIONS)[number];

/** The role each column dimension needs. */
const ROLE: Partial<Record<ChangeDimension, string>> = {
  business_line: 'business_line',
  channel: 'channel',
  reason_category: 'reason_category',
  reason: 'reason',
  agent: 'agent',
  segment: 'segment',
};

/** Whether the calls carry the dimension (hour and weekday always do). */
export function dimensionAvailable(dim: ChangeDimension, available: ReadonlySet<string>): boolean {
  const role = ROLE[dim];
  return role === undefined || available.has(role);
}

/**
 * A dimension's value for each call, as text: the column itself, the hour of day (`0`–`23`) or the ISO weekday
 * (`1` Monday – `7` Sunday).
 */
export function dimensionSql(dim: ChangeDimension): Fragment {
  if (dim === 'hour') return raw('cast(hour(started_at) as varchar)');
  if (dim === 'weekday') return raw('cast(isodow(started_at) as varchar)');
  return sql`cast(${ident(dim)} as varchar)`;
}
