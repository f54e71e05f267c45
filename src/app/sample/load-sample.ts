import type { Engine } from '../../engine/engine';
import type { Language } from '../../i18n';
import { sourceFromBytes } from '../../ingest';
import { ingestIntoApp } from '../data/ingest-actions';
import { useDatasetsStore } from '../data/datasets-store';
import { autoMap } from '../model-store';
import { SAMPLE_FILES } from './sample-files';

export class SampleLoadError extends Error {
  constructor(readonly file: string) {
    super(`The sample file ${file} could not be loaded`);
    this.name = 'SampleLoadError';
  }
}

/**
 * Loads the sample in the given language's variant, maps it with no review and builds the views, so
 * the user lands on the overview. Tables already loaded stay as they are.
 */
export async function loadSample(engine: Engine, language: Language): Promise<void> {
  const files = SAMPLE_FILES[language];
  const sources = await Promise.all(
    files.map(async (file) => {
      const response = await fetch(file.url);
      if (!response.ok) throw new SampleLoadError(file.name);
      return sourceFromBytes(file.name, new Uint8Array(await response.arrayBuffer()));
    }),
  );
  const results = await ingestIntoApp(engine, sources, { sample: true });
  const failed = results.find((r) => !r.ok);
  if (failed) throw new SampleLoadError(failed.file);
  const tables = useDatasetsStore
    .getState()
    .datasets.map((d) => ({ table: d.table, rows: d.rows, columns: d.columns }));
  await autoMap(engine, tables);
}
