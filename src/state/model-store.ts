import { create } from 'zustand';
import type { Engine } from '../engine/engine';
import {
  buildCanonicalViews,
  detectMapping,
  EMPTY_MAPPING,
  NO_FILTERS,
  REQUIRED_ROLES,
  type Confidence,
  type Filters,
  type KpiSettings,
  type Mapping,
  type SourceTable,
  type TableKind,
  type ValidationReport,
} from '../model';
import { useWorkspaceStore } from './workspace-store';

export type ModelStatus = 'idle' | 'detecting' | 'editing' | 'building' | 'ready' | 'failed';

interface ModelState {
  /** The mapping being edited or applied; a saved view stores it. */
  mapping: Mapping;
  /** The global filters; a saved view stores them. */
  filters: Filters;
  confidence: Partial<Record<TableKind, Confidence>>;
  status: ModelStatus;
  error: string | null;
  /** What validation found when the views were last built. */
  report: ValidationReport | null;
  /** Bumped each time the canonical views are rebuilt, so every open analysis re-runs its queries. */
  viewsVersion: number;
  /** The loaded tables detection last ran on (their names, joined), to notice new files. */
  detectedFor: string;
  setMapping: (mapping: Mapping) => void;
  /** The mapping screen's cost inputs: they write the working spec's KPI definitions. */
  setSettings: (settings: Partial<KpiSettings>) => void;
  setFilters: (filters: Filters) => void;
  edit: () => void;
}

/** Mapping, filters and the state of the canonical views. */
export const useModelStore = create<ModelState>((set) => ({
  mapping: EMPTY_MAPPING,
  filters: NO_FILTERS,
  confidence: {},
  status: 'idle',
  error: null,
  report: null,
  viewsVersion: 0,
  detectedFor: '',
  setMapping: (mapping) => set({ mapping }),
  setSettings: (settings) => {
    set((s) => ({ mapping: { ...s.mapping, settings: { ...s.mapping.settings, ...settings } } }));
    const { costPerContact, ...rest } = settings;
    useWorkspaceStore
      .getState()
      .setDefinitions({ ...rest, ...(costPerContact !== undefined ? { costPerOfferedCall: costPerContact } : {}) });
  },
  setFilters: (filters) => set({ filters }),
  edit: () => set({ status: 'editing' }),
}));

/** A key for a set of loaded tables. */
export function tablesKey(tables: readonly SourceTable[]): string {
  return tables.map((t) => t.table).join('\u0001');
}

/** Roles the mapping still needs before the views can be built (as `kind.role`). */
export function missingRequired(mapping: Pick<Mapping, 'calls'>): string[] {
  if (!mapping.calls) return ['calls.started_at', 'calls.answered'];
  return REQUIRED_ROLES.calls.filter((r) => !mapping.calls?.columns[r]).map((r) => `calls.${r}`);
}

let detecting: { key: string; promise: Promise<void> } | null = null;

/**
 * Proposes a mapping for the loaded tables and opens it for review. A second call for the same tables while
 * the first is still running shares it: detection profiles every table, and running it twice doubles the wait.
 */
export function detect(engine: Engine, tables: readonly SourceTable[]): Promise<void> {
  const key = tablesKey(tables);
  if (detecting?.key === key) return detecting.promise;
  const promise = runDetection(engine, tables, key).finally(() => {
    if (detecting?.promise === promise) detecting = null;
  });
  detecting = { key, promise };
  return promise;
}

async function runDetection(engine: Engine, tables: readonly SourceTable[], key: string): Promise<void> {
  useModelStore.setState({ status: 'detecting', error: null, detectedFor: key });
  try {
    const { mapping, confidence } = await detectMapping(engine, tables, useModelStore.getState().mapping);
    const now = useModelStore.getState();
    if (now.detectedFor !== key || now.status !== 'detecting') return;
    useModelStore.setState({ mapping, confidence, status: 'editing' });
  } catch (error) {
    useModelStore.setState({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
  }
}

/** Builds the canonical views from a mapping; every analysis refreshes when it is done. */
export async function applyMapping(engine: Engine, mapping: Mapping, tables: readonly SourceTable[]): Promise<void> {
  useModelStore.setState({ mapping, status: 'building', error: null });
  try {
    const report = await buildCanonicalViews(engine, mapping, tables);
    useModelStore.setState((s) => ({ report, status: 'ready', viewsVersion: s.viewsVersion + 1 }));
  } catch (error) {
    useModelStore.setState({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
  }
}

/** Detects and applies at once, with no review: for the sample data and for restoring a saved view's tables. */
export async function autoMap(engine: Engine, tables: readonly SourceTable[]): Promise<void> {
  await detect(engine, tables);
  const { mapping, status } = useModelStore.getState();
  if (status === 'editing' && missingRequired(mapping).length === 0) await applyMapping(engine, mapping, tables);
}
