import type { Language } from '../../../i18n';
import { sourceFromBytes } from '../../../ingest';
import { ingestIntoApp } from '../ingest-actions';
import { useDatasetsStore } from '../../../state/datasets-store';
import { whenEngineReady } from '../../../state/engine-store';
import { autoMap } from '../../../state/model-store';
import { stopWarmUp } from '../../../state/warm-up';
import { SAMPLE_FILES } from './sample-files';

export class SampleLoadError extends Error {
  constructor(readonly file: string) {
    super(`The sample file ${file} could not be loaded`);
    this.name = 'SampleLoadError';
  }
}

/**
 * Loads the sample in the given language's variant, maps it with no review and builds the views, so
 * the user lands on the overview. Tables already loaded stay as they are. May be called while the engine
 * is still starting: the files are fetched meanwhile.
 */
export async function loadSample(language: Language): Promise<void> {
  // The user asked for the sample: the ingest warm-up must not start (or go on) in front of it.
  stopWarmUp();
  const files = SAMPLE_FILES[language];
  const [engine, sources] = await Promise.all([
    whenEngineReady(),
    Promise.all(
      files.map(async (file) => {
        const response = await fetch(file.url);
        if (!response.ok) throw new SampleLoadError(file.name);
        return sourceFromBytes(file.name, new Uint8Array(await response.arrayBuffer()));
      }),
    ),
  ]);
  const results = await ingestIntoApp(engine, sources, { sample: true });
  const failed = results.find((r) => !r.ok);
  if (failed) throw new SampleLoadError(failed.file);
  const tables = useDatasetsStore
    .getState()
    .datasets.map((d) => ({ table: d.table, rows: d.rows, columns: d.columns }));
  await autoMap(engine, tables);
}
