import type { Engine } from '../../engine/engine';
import {
  canonicalRows,
  deriveFromData,
  hasTaxonomyTable,
  readDataCodes,
  readMappingRows,
  taxonomyFromRows,
  writeTaxonomyTable,
  type EditResult,
  type Taxonomy,
} from '../../model/taxonomy';
import { TaxonomyRepo } from '../../spec/taxonomy-repo';
import { StorageWriteError } from '../../spec/write-errors';
import { useDatasetsStore } from '../../state/datasets-store';
import { applyMapping, useModelStore } from '../../state/model-store';
import { readableDb, writableDb } from '../../state/storage-store';
import { useTaxonomyStore } from './taxonomy-store';

const store = useTaxonomyStore;

/** Loads the stored taxonomy, else builds one from the mapped reason table, else from the codes in the data. */
export async function loadTaxonomy(engine: Engine, otherCategory: string): Promise<void> {
  if (store.getState().status !== 'idle') return;
  store.setState({ status: 'loading', error: null });
  try {
    const db = readableDb();
    const stored = db ? await new TaxonomyRepo(db).load() : undefined;
    if (stored?.ok) {
      const { taxonomy, applied } = stored.value;
      store.setState({ status: 'ready', taxonomy, applied, source: { kind: 'stored' } });
      return;
    }
    const storedProblem = stored && !stored.ok ? stored.problem : null;
    const rows = await readMappingRows(engine);
    const fromRows = rows.length > 0 ? taxonomyFromRows(rows) : null;
    const taxonomy = fromRows?.ok ? fromRows.taxonomy : deriveFromData(await readDataCodes(engine), otherCategory);
    const kind = fromRows?.ok ? 'mapping' : 'data';
    // Built from the mapped table, it is what the analyses already count by.
    store.setState({ status: 'ready', taxonomy, applied: kind === 'mapping', source: { kind }, storedProblem });
  } catch (error) {
    store.setState({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
  }
}

/** Saves the taxonomy unless a stored one could not be read (it is kept until the user replaces it). */
async function save(): Promise<void> {
  const { taxonomy, applied, storedProblem } = store.getState();
  const db = writableDb();
  if (!db || storedProblem) return;
  try {
    await new TaxonomyRepo(db).save(taxonomy, applied);
  } catch (error) {
    const detail = error instanceof StorageWriteError ? error.failure : String(error);
    store.setState({ notice: { tone: 'error', key: 'taxonomy.saveFailed', params: { detail } } });
  }
}

/** Takes an edit's result: the new taxonomy (not applied yet, saved), or the reason it was refused. */
export function commitEdit(result: EditResult): boolean {
  if (!result.ok) {
    store.setState({ notice: { tone: 'error', key: `taxonomy.error.${result.error}` } });
    return false;
  }
  store.setState({ taxonomy: result.taxonomy, applied: false, notice: null });
  void save();
  return true;
}

/** Replaces the taxonomy with an imported one (not applied yet). */
export function takeImported(taxonomy: Taxonomy, file: string): void {
  store.setState({
    taxonomy,
    applied: false,
    source: { kind: 'import', file },
    notice: {
      tone: 'info',
      key: 'taxonomy.imported',
      params: { file, reasons: taxonomy.reasons.length, codes: taxonomy.codes.length },
    },
  });
  void save();
}

/** Saves over a stored taxonomy that could not be read. */
export function replaceStored(): void {
  store.setState({ storedProblem: null });
  void save();
}

/** Writes the taxonomy for the engine and rebuilds the canonical views, so every analysis counts by it. */
export async function applyTaxonomy(engine: Engine, dataCodes: readonly string[]): Promise<void> {
  store.setState({ applying: true });
  try {
    await writeRows(engine, store.getState().taxonomy, dataCodes);
    store.setState({ applied: true });
    void save();
  } finally {
    store.setState({ applying: false });
  }
}

async function writeRows(engine: Engine, taxonomy: Taxonomy, dataCodes: readonly string[]): Promise<void> {
  await writeTaxonomyTable(engine, canonicalRows(taxonomy, dataCodes));
  const tables = useDatasetsStore
    .getState()
    .datasets.map((d) => ({ table: d.table, rows: d.rows, columns: d.columns }));
  await applyMapping(engine, useModelStore.getState().mapping, tables);
}

/**
 * After a reload: a taxonomy the user applied before is applied again once the views are built (the engine's
 * tables do not outlive the tab, the stored taxonomy does). Runs once per engine.
 */
export async function restoreApplied(engine: Engine): Promise<void> {
  const db = readableDb();
  if (!db || (await hasTaxonomyTable(engine))) return;
  const stored = await new TaxonomyRepo(db).load();
  if (!stored?.ok || !stored.value.applied) return;
  await writeRows(
    engine,
    stored.value.taxonomy,
    (await readDataCodes(engine)).map((c) => c.code),
  );
}
