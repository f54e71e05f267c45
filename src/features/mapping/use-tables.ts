import { useMemo } from 'react';
import { useDatasetsStore } from '../../state/datasets-store';
import type { SourceTable } from '../../model';

/** The loaded tables as the model sees them (stable while the datasets do not change). */
export function useSourceTables(): readonly SourceTable[] {
  const datasets = useDatasetsStore((s) => s.datasets);
  return useMemo(() => datasets.map((d) => ({ table: d.table, rows: d.rows, columns: d.columns })), [datasets]);
}

/** The datasets' user-facing labels, by table. */
export function useTableLabels(): ReadonlyMap<string, string> {
  const datasets = useDatasetsStore((s) => s.datasets);
  return useMemo(() => new Map(datasets.map((d) => [d.table, d.label])), [datasets]);
}
