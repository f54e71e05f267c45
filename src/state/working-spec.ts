import { DEFAULT_SETTINGS, TABLE_KINDS, type KpiSettings, type Mapping, type SourceTable } from '../model';
import type { KpiDefinitions } from '../metrics';
import { VIEW_SCHEMA_VERSION } from '../spec/schema-version';
import type { SpecMapping, ViewSpec } from '../spec/view-spec';
import { useDatasetsStore, type Dataset } from './datasets-store';
import { whenEngineReady } from './engine-store';
import { applyMapping, missingRequired, tablesKey, useModelStore } from './model-store';
import { useWorkspaceStore } from './workspace-store';

type JsonSettings = NonNullable<ViewSpec['analysis']>['settings'];

/** The current working state as a ViewSpec, or null while there is nothing mapped to keep. */
export function currentSpec(): ViewSpec | null {
  const { mapping, filters, status } = useModelStore.getState();
  if (!mapping.calls || status === 'idle' || status === 'detecting') return null;
  const { analysis, settings, charts, definitions } = useWorkspaceStore.getState();
  const used = new Set(TABLE_KINDS.map((kind) => mapping[kind]?.table));
  const datasets = useDatasetsStore
    .getState()
    .datasets.filter((d) => used.has(d.table))
    .map((d) => ({ id: d.id, table: d.table, label: d.label, columns: d.columns.map((c) => ({ ...c })) }));
  return {
    schemaVersion: VIEW_SCHEMA_VERSION,
    datasets,
    mapping: specMapping(mapping),
    definitions,
    filters,
    analysis: { id: analysis, settings: (settings[analysis] ?? {}) as JsonSettings },
    charts: charts as ViewSpec['charts'],
  };
}

/** The loaded tables as the model reads them. */
export function sourceTables(datasets: readonly Dataset[]): SourceTable[] {
  return datasets.map((d) => ({ table: d.table, rows: d.rows, columns: d.columns }));
}

function specMapping(mapping: Mapping): SpecMapping {
  const { settings: _unused, ...tables } = mapping;
  return tables;
}

/**
 * The model still carries the definitions inside its mapping (its detection proposes them); they mirror the
 * working spec's, which is the one every analysis reads.
 */
export function modelSettings(d: KpiDefinitions): KpiSettings {
  return { ...DEFAULT_SETTINGS, ...d, costPerContact: d.costPerOfferedCall };
}

/**
 * Makes a checked spec the working state: analysis, its settings, definitions and filters set; mapping applied
 * (which rebuilds the canonical views). A mapping that still lacks required roles opens the mapping screen.
 */
export async function applySpec(spec: ViewSpec): Promise<void> {
  const engine = await whenEngineReady();
  const tables = sourceTables(useDatasetsStore.getState().datasets);
  const workspace = useWorkspaceStore.getState();
  useWorkspaceStore.setState({
    definitions: spec.definitions,
    charts: spec.charts,
    ...(spec.analysis
      ? { analysis: spec.analysis.id, settings: { ...workspace.settings, [spec.analysis.id]: spec.analysis.settings } }
      : {}),
  });
  const mapping: Mapping = { ...spec.mapping, settings: modelSettings(spec.definitions) };
  // Detection would replace the mapping being restored: mark these tables as already detected.
  useModelStore.setState({ detectedFor: tablesKey(tables), filters: spec.filters, confidence: {} });
  if (missingRequired(mapping).length > 0) {
    useModelStore.setState({ mapping, status: 'editing' });
    return;
  }
  await applyMapping(engine, mapping, tables);
}
