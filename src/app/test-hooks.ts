import { useDatasetsStore, type Dataset } from '../state/datasets-store';
import { dailySql, kpiSql } from '../analyses/kpi/kpi-sql';
import type { Filters } from '../model';
import { whenEngineReady } from '../state/engine-store';
import { autoMap, useModelStore } from '../state/model-store';

declare global {
  interface Window {
    /** Handles for browser tests and benchmarks of the mapping and the overview. */
    callsightModel?: {
      addDataset: (dataset: Dataset) => void;
      state: () => {
        status: string;
        viewsVersion: number;
        mapping: unknown;
        filters: unknown;
        error: string | null;
        materialised: boolean | null;
      };
      setFilters: (filters: Filters) => void;
      /** Detects and applies a mapping for the loaded datasets, with no review. */
      autoMap: () => Promise<string>;
      /** Runs the overview's two queries under some filters; returns each one's milliseconds. */
      overviewQueryMs: (filters: Filters) => Promise<{ kpi: number; daily: number }>;
    };
  }
}

/** Lets browser tests add a table the way ingest will, and read or drive the model state. */
export function installModelHooks(): void {
  window.callsightModel = {
    addDataset: (dataset) => useDatasetsStore.getState().add(dataset),
    state: () => {
      const s = useModelStore.getState();
      return {
        status: s.status,
        viewsVersion: s.viewsVersion,
        mapping: s.mapping,
        filters: s.filters,
        error: s.error,
        materialised: s.report?.materialised ?? null,
      };
    },
    setFilters: (filters) => useModelStore.getState().setFilters(filters),
    autoMap: async () => {
      const tables = useDatasetsStore
        .getState()
        .datasets.map((d) => ({ table: d.table, rows: d.rows, columns: d.columns }));
      await autoMap(await whenEngineReady(), tables);
      return useModelStore.getState().status;
    },
    overviewQueryMs: async (filters) => {
      const engine = await whenEngineReady();
      const spec = { filters, settings: useModelStore.getState().mapping.settings };
      const t0 = performance.now();
      await engine.query(kpiSql(spec));
      const t1 = performance.now();
      await engine.query(dailySql(spec));
      return { kpi: t1 - t0, daily: performance.now() - t1 };
    },
  };
}
