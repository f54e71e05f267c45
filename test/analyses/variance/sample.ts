import { join } from 'node:path';
import type { Engine } from '../../../src/engine/engine';
import { availableCallRoles, buildCanonicalViews, detectMapping, type SourceTable } from '../../../src/model';
import { loadCsvFile } from '../../model/load';

const ROOT = join(import.meta.dirname, '../../../sample-data/en');

/** Loads the English sample data and builds the canonical views exactly as auto-detection maps them (no hints). */
export async function loadSample(engine: Engine): Promise<ReadonlySet<string>> {
  const tables: SourceTable[] = [];
  for (const f of ['calls', 'customers', 'customer_monthly', 'reason_mapping'])
    tables.push(await loadCsvFile(engine, join(ROOT, `${f}.csv`)));
  const { mapping } = await detectMapping(engine, tables);
  await buildCanonicalViews(engine, mapping, tables);
  return availableCallRoles(mapping);
}
