import type { Engine } from '../engine/engine';
import { dropTable } from '../ingest';
import { TABLE_KINDS } from '../model';
import { useDatasetsStore } from './datasets-store';
import { useModelStore } from './model-store';

/**
 * Forgets a loaded dataset everywhere: its DuckDB table is dropped and it leaves the datasets store, which every
 * reader follows (ingest forgets its fingerprints, so the same file can be loaded again; storage forgets its copy).
 */
export async function removeDataset(engine: Engine, id: string): Promise<void> {
  const dataset = useDatasetsStore.getState().datasets.find((d) => d.id === id);
  if (!dataset) return;
  await dropTable(engine, dataset.table);
  useDatasetsStore.getState().remove(id);
  // A removed optional table (customers, periods, reasons) leaves the mapping, so the working view still opens.
  const { mapping } = useModelStore.getState();
  const gone = TABLE_KINDS.filter((kind) => kind !== 'calls' && mapping[kind]?.table === dataset.table);
  if (gone.length)
    useModelStore.setState({ mapping: { ...mapping, ...Object.fromEntries(gone.map((k) => [k, undefined])) } });
}
