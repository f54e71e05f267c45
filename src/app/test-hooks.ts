import { readRange } from '../analyses/kpi/kpi-shape';
import { dataRangeSql, periodsSql, seriesSql } from '../analyses/kpi/kpi-sql';
import type { Engine } from '../engine/engine';
import { benchIngest, type BenchIngest } from '../features/data/bench-hooks';
import { comparePeriods, DEFAULT_DEFINITIONS } from '../metrics';
import type { Filters } from '../model';
import { raw, type Fragment } from '../sql';
import { useDatasetsStore, type Dataset } from '../state/datasets-store';
import { autoMap, useModelStore } from '../state/model-store';
import { useWorkspaceStore } from '../state/workspace-store';

declare global {
  interface Window {
    /** Handles for browser tests and benchmarks: the same engine the app uses. Test and bench builds only. */
    callsight?: {
      engine: () => Promise<Engine>;
      /** A test's or benchmark's own constant statement text as a statement (the engine takes nothing else). */
      raw: (text: string) => Fragment;
      readyMs?: number;
      /** Reads a CSV file into a table through the real ingest path and returns the milliseconds it took. */
      benchIngestCsv?: (file: File) => Promise<number>;
      /** Loads any supported file through the real ingest path; reports time, rows and memory, keeps nothing. */
      benchIngest?: (file: File, keep?: boolean) => Promise<BenchIngest>;
      /** Set once the ingest warm-up has finished or stopped (benchmarks wait for it, as a user picking a file would). */
      warmedUp?: boolean;
    };
    /** Handles for browser tests and benchmarks of the mapping and the overview. Test and bench builds only. */
    callsightModel?: {
      addDataset: (dataset: Dataset) => void;
      state: () => {
        status: string;
        viewsVersion: number;
        mapping: unknown;
        filters: unknown;
        error: string | null;
        materialised: boolean | null;
        analysis: string;
      };
      setFilters: (filters: Filters) => void;
      /** Detects and applies a mapping for the loaded datasets, with no review. */
      autoMap: () => Promise<string>;
      /** Runs the overview's two figure queries under some filters; returns each one's milliseconds. */
      overviewQueryMs: (filters: Filters) => Promise<{ kpi: number; daily: number }>;
    };
  }
}

/** Puts the test and bench handles on `window`. */
export function installHooks(whenEngineReady: () => Promise<Engine>): void {
  window.callsight = {
    engine: whenEngineReady,
    raw,
    benchIngestCsv: async (file) => (await benchIngest(await whenEngineReady(), file)).ms,
    benchIngest: async (file, keep) => benchIngest(await whenEngineReady(), file, undefined, keep),
  };
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
        analysis: useWorkspaceStore.getState().analysis,
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
      const data = readRange(await engine.query(dataRangeSql(filters)));
      if (!data) return { kpi: 0, daily: 0 };
      const { current, previous } = comparePeriods(filters, data);
      const t0 = performance.now();
      await engine.query(periodsSql(filters, DEFAULT_DEFINITIONS, current, previous.covered));
      const t1 = performance.now();
      await engine.query(seriesSql(filters, DEFAULT_DEFINITIONS, current, 'day'));
      return { kpi: t1 - t0, daily: performance.now() - t1 };
    },
  };
}

export function engineReady(ms: number): void {
  if (window.callsight) window.callsight.readyMs = ms;
}

export function warmedUp(): void {
  if (window.callsight) window.callsight.warmedUp = true;
}
