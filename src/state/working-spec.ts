import { TABLE_KINDS, type SourceTable } from '../model';
import { VIEW_SCHEMA_VERSION } from '../spec/schema-version';
import type { ViewSpec } from '../spec/view-spec';
import { useDatasetsStore, type Dataset } from './datasets-store';
import { whenEngineReady } from './engine-store';
import { applyMapping, missingRequired, tablesKey, useModelStore } from './model-store';

/** The analysis the app shows; the only one so far, recorded so views keep working when more arrive. */
export const DEFAULT_ANALYSIS = { id: 'overview', settings: {} };

/** The current working state as a ViewSpec, or null while there is nothing mapped to keep. */
export function currentSpec(): ViewSpec | null {
  const { mapping, filters, status } = useModelStore.getState();
  if (!mapping.calls || status === 'idle' || status === 'detecting') return null;
  const used = new Set(TABLE_KINDS.map((kind) => mapping[kind]?.table));
  const datasets = useDatasetsStore
    .getState()
    .datasets.filter((d) => used.has(d.table))
    .map((d) => ({ id: d.id, table: d.table, label: d.label, columns: d.columns.map((c) => ({ ...c })) }));
  return { schemaVersion: VIEW_SCHEMA_VERSION, datasets, mapping, filters, analysis: DEFAULT_ANALYSIS, charts: {} };
}

/** The loaded tables as the model reads them. */
export function sourceTables(datasets: readonly Dataset[]): SourceTable[] {
  return datasets.map((d) => ({ table: d.table, rows: d.rows, columns: d.columns }));
}

/**
 * Makes a checked spec the working state: filters set, mapping applied (which rebuilds the canonical views).
 * A mapping that still lacks required roles opens the mapping screen instead of showing figures.
 */
export async function applySpec(spec: ViewSpec): Promise<void> {
  const engine = await whenEngineReady();
  const tables = sourceTables(useDatasetsStore.getState().datasets);
  // Detection would replace the mapping being restored: mark these tables as already detected.
  useModelStore.setState({ detectedFor: tablesKey(tables), filters: spec.filters, confidence: {} });
  if (missingRequired(spec.mapping).length > 0) {
    useModelStore.setState({ mapping: spec.mapping, status: 'editing' });
    return;
  }
  await applyMapping(engine, spec.mapping, tables);
}
