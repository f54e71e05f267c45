import { taxonomyToCsv, type Taxonomy } from '../../model/taxonomy';
import { readTaxonomyFile, taxonomyToJson } from '../../spec/taxonomy-file';
import { takeImported } from './taxonomy-actions';
import { useTaxonomyStore } from './taxonomy-store';

const SOURCE = 'Callsight 0.1.0';

function download(text: string, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Downloads the taxonomy as the mapping table's CSV (UTF-8 with a BOM, so Excel reads the Chinese) or as JSON. */
export function exportTaxonomy(t: Taxonomy, dataCodes: readonly string[], kind: 'csv' | 'json'): void {
  if (kind === 'csv') download(`\uFEFF${taxonomyToCsv(t, dataCodes)}`, 'text/csv', 'reason_taxonomy.csv');
  else download(taxonomyToJson(t, SOURCE), 'application/json', 'reason_taxonomy.json');
}

/** Reads a CSV or JSON taxonomy; a file that cannot be used changes nothing and says why. */
export async function importTaxonomy(file: File): Promise<void> {
  const read = readTaxonomyFile(new Uint8Array(await file.arrayBuffer()));
  if (read.ok) takeImported(read.value, file.name);
  else useTaxonomyStore.setState({ notice: { tone: 'error', problem: read.problem, file: file.name } });
}
