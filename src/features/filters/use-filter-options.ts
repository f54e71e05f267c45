import { dateRangeSql, filterOptionsSql, type ListFilterKey } from '../../model';
import { useEngineQuery } from '../../state/use-engine-query';

export type FilterOptions = Partial<Record<ListFilterKey, string[]>> & { first?: string; last?: string };

const NONE: FilterOptions = {};

/** The values each list filter offers, re-read when the views are rebuilt; none while loading or after a failure. */
export function useFilterOptions(): FilterOptions {
  const state = useEngineQuery('filter-options', async (engine) => {
    const [values, range] = await Promise.all([engine.query(filterOptionsSql()), engine.query(dateRangeSql())]);
    const out: Record<string, string[]> = {};
    for (const row of values.rows) (out[String(row.key)] ??= []).push(String(row.value));
    const { first, last } = range.rows[0] ?? {};
    return { ...out, first: String(first ?? ''), last: String(last ?? '') } as FilterOptions;
  });
  if (state.status === 'ready') return state.value;
  return state.status === 'loading' ? (state.stale ?? NONE) : NONE;
}
