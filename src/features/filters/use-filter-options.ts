import { useEffect, useState } from 'react';
import { dateRangeSql, filterOptionsSql, type ListFilterKey } from '../../model';
import { useEngineStore } from '../../state/engine-store';
import { useModelStore } from '../../state/model-store';

export type FilterOptions = Partial<Record<ListFilterKey, string[]>> & { first?: string; last?: string };

/** The values each list filter offers, re-read when the views are rebuilt. */
export function useFilterOptions(): FilterOptions {
  const engine = useEngineStore((s) => (s.status === 'ready' ? s.engine : null));
  const version = useModelStore((s) => s.viewsVersion);
  const [options, setOptions] = useState<FilterOptions>({});
  useEffect(() => {
    if (!engine || version === 0) return undefined;
    let live = true;
    Promise.all([engine.query(filterOptionsSql()), engine.query(dateRangeSql())])
      .then(([values, range]) => {
        const out: Record<string, string[]> = {};
        for (const row of values.rows) (out[String(row.key)] ??= []).push(String(row.value));
        const { first, last } = range.rows[0] ?? {};
        if (live) setOptions({ ...out, first: String(first ?? ''), last: String(last ?? '') });
      })
      .catch(() => live && setOptions({}));
    return () => {
      live = false;
    };
  }, [engine, version]);
  return options;
}
