import { join, raw, sql, type Fragment } from '../sql';
import { CALLS } from './views';

/** The global filters every analysis applies. Plain JSON: a saved view stores it. Dates are `YYYY-MM-DD`, inclusive. */
export interface Filters {
  readonly dateFrom: string | null;
  readonly dateTo: string | null;
  readonly businessLines: readonly string[];
  readonly channels: readonly string[];
  readonly reasonCategories: readonly string[];
  readonly segments: readonly string[];
}

export const NO_FILTERS: Filters = {
  dateFrom: null,
  dateTo: null,
  businessLines: [],
  channels: [],
  reasonCategories: [],
  segments: [],
};

/** The list filters and the `calls` column each one reads. */
export const LIST_FILTERS = [
  { key: 'businessLines', column: 'business_line' },
  { key: 'channels', column: 'channel' },
  { key: 'reasonCategories', column: 'reason_category' },
  { key: 'segments', column: 'segment' },
] as const;

export type ListFilterKey = (typeof LIST_FILTERS)[number]['key'];

/** True when no filter is set. */
export function isUnfiltered(filters: Filters): boolean {
  return !filters.dateFrom && !filters.dateTo && LIST_FILTERS.every(({ key }) => filters[key].length === 0);
}

/** The values each list filter can take (at most `limit` per filter, most frequent first) from the `calls` view. */
export function filterOptionsSql(limit = 50): Fragment {
  const parts = LIST_FILTERS.map(
    ({ key, column }) => sql`select * from (select ${key} as key, ${raw(column)} as value, count(*) as n
      from ${CALLS} where ${raw(column)} is not null group by value order by n desc, value limit ${limit})`,
  );
  return join(parts, ' union all ');
}

/** The first and last day of the calls, for the date filter's bounds. */
export function dateRangeSql(): Fragment {
  return sql`select strftime(min(started_at), '%Y-%m-%d') as first, strftime(max(started_at), '%Y-%m-%d') as last from ${CALLS}`;
}
