import type { Cell, QueryResult } from '../../../engine/engine';
import { callsWhere, type KpiDefinitions } from '../../../metrics';
import { CALLS, type Filters } from '../../../model';
import { sql, type Fragment } from '../../../sql';

/** Counted calls against the filters: how many the filters keep, and how many of those are short abandons. */
export function filterCountsSql(filters: Filters, settings: Pick<KpiDefinitions, 'shortAbandonSeconds'>): Fragment {
  const kept = callsWhere(filters);
  return sql`select count(*) as calls, count(*) filter (where ${kept}) as in_filters,
      count(*) filter (where ${kept} and not answered and coalesce(wait_s, 0) < ${settings.shortAbandonSeconds}) as short_abandons
    from ${CALLS}`;
}

/** What the filters leave out of the counted calls. */
export interface FilterCounts {
  /** Counted calls before filters (offered). */
  readonly calls: number;
  readonly outsideFilters: number;
  readonly shortAbandons: number;
  /** Calls the analysis counts: in the filters and not a short abandon. */
  readonly counted: number;
}

const num = (v: Cell | undefined) => (typeof v === 'number' ? v : 0);

export function readFilterCounts(result: QueryResult): FilterCounts {
  const row = result.rows[0] ?? {};
  const calls = num(row.calls);
  const inFilters = num(row.in_filters);
  const shortAbandons = num(row.short_abandons);
  return { calls, outsideFilters: calls - inFilters, shortAbandons, counted: inFilters - shortAbandons };
}

/** The rows behind one reason for leaving rows out: left-out rows from the build, or calls the filters drop. */
export function leftOutWhere(
  reason: 'outside_filters' | 'short_abandon',
  filters: Filters,
  settings: Pick<KpiDefinitions, 'shortAbandonSeconds'>,
): Fragment {
  const kept = callsWhere(filters);
  return reason === 'outside_filters'
    ? sql`not ${kept}`
    : sql`${kept} and not answered and coalesce(wait_s, 0) < ${settings.shortAbandonSeconds}`;
}
