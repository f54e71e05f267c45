import { useDatasetsStore, type Dataset } from './data/datasets-store';
import { useModelStore } from './model-store';

declare global {
  interface Window {
    /** Handles for browser tests and benchmarks of the mapping and the overview. */
    callsightModel?: {
      addDataset: (dataset: Dataset) => void;
      state: () => { status: string; viewsVersion: number; mapping: unknown; filters: unknown };
      setFilters: (filters: Parameters<ReturnType<typeof useModelStore.getState>['setFilters']>[0]) => void;
    };
  }
}

/** Lets browser tests add a table the way ingest will, and read or drive the model state. */
export function installModelHooks(): void {
  window.callsightModel = {
    addDataset: (dataset) => useDatasetsStore.getState().add(dataset),
    state: () => {
      const s = useModelStore.getState();
      return { status: s.status, viewsVersion: s.viewsVersion, mapping: s.mapping, filters: s.filters };
    },
    setFilters: (filters) => useModelStore.getState().setFilters(filters),
  };
}
