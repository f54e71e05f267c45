import { useEffect, useState } from 'react';
import { filterOptionsSql, type ListFilterKey } from '../../model';
import { useEngineStore } from '../engine-store';
import { useModelStore } from '../model-store';

export type FilterOptions = Partial<Record<ListFilterKey, string[]>>;

/** The values each list filter offers, re-read when the views are rebuilt. */
export function useFilterOptions(): FilterOptions {
  const engine = useEngineStore((s) => (s.status === 'ready' ? s.engine : null));
  const version = useModelStore((s) => s.viewsVersion);
  const [options, setOptions] = useState<FilterOptions>({});
  useEffect(() => {
    if (!engine || version === 0) return undefined;
    let live = true;
    engine
      .query(filterOptionsSql())
      .then((r) => {
        const out: Record<string, string[]> = {};
        for (const row of r.rows) (out[String(row.key)] ??= []).push(String(row.value));
        if (live) setOptions(out);
      })
      .catch(() => live && setOptions({}));
    return () => {
      live = false;
    };
  }, [engine, version]);
  return options;
}
