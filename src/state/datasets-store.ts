import { create } from 'zustand';

export interface DatasetColumn {
  readonly name: string;
  /** DuckDB type name, e.g. `VARCHAR`, `BIGINT`, `TIMESTAMP`. */
  readonly type: string;
}

/** A loaded table, as the rest of the app knows it. */
export interface Dataset {
  /** Stable id (survives renames). */
  readonly id: string;
  /** The DuckDB table that holds the rows. */
  readonly table: string;
  /** What the user sees: the file name (or file + sheet), renamable. */
  readonly label: string;
  /** Source file names (several when monthly files were appended). */
  readonly sources: readonly string[];
  readonly rows: number;
  readonly columns: readonly DatasetColumn[];
  /** True for the bundled sample data. */
  readonly sample?: boolean;
}

interface DatasetsState {
  datasets: readonly Dataset[];
  add: (dataset: Dataset) => void;
  replace: (dataset: Dataset) => void;
  remove: (id: string) => void;
}

/** The loaded tables. Ingest adds to it; mapping and analyses read it. */
export const useDatasetsStore = create<DatasetsState>((set) => ({
  datasets: [],
  add: (dataset) => set((s) => ({ datasets: [...s.datasets, dataset] })),
  replace: (dataset) => set((s) => ({ datasets: s.datasets.map((d) => (d.id === dataset.id ? dataset : d)) })),
  remove: (id) => set((s) => ({ datasets: s.datasets.filter((d) => d.id !== id) })),
}));
