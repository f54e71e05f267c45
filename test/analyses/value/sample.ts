import { join } from 'node:path';
import type { Engine } from '../../../src/engine/engine';
import { buildCanonicalViews, detectMapping, type Mapping, type SourceTable } from '../../../src/model';
import { loadCsvFile } from '../../model/load';

const ROOT = join(import.meta.dirname, '../../../sample-data');

/** Loads the English sample, detects the mapping with no hint and builds the canonical views. */
export async function loadSample(engine: Engine): Promise<Mapping> {
  const tables: SourceTable[] = [];
  for (const f of ['calls', 'customers', 'customer_monthly', 'reason_mapping'])
    tables.push(await loadCsvFile(engine, join(ROOT, 'en', `${f}.csv`)));
  const { mapping } = await detectMapping(engine, tables);
  await buildCanonicalViews(engine, mapping, tables);
  return mapping;
}
