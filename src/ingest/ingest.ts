import type { Engine } from '../engine/engine';
import { appendTable, type AppendResult } from './append';
import { engineDetail, IngestError } from './errors';
import type { Decoders } from './decoders';
export { sourceFromBytes, sourceFromFile } from './source';
import { readOne } from './read-one';
import { rejectedTableName } from './rejects-table';
import { tableNameFor } from './table-names';
import type {
  CsvOptions,
  IngestSource,
  LoadedTable,
  ProgressListener,
  RejectConfirm,
  RejectSummary,
  SheetChooser,
} from './types';

export interface IngestOptions extends Decoders {
  /** Table names already in use (new tables get other names). */
  readonly takenTables: readonly string[];
  /** Fingerprints of files already loaded: the same file again is refused. */
  readonly loadedFingerprints?: readonly string[];
  /** CSV overrides, applied to every text file of this call. */
  readonly csv?: CsvOptions;
  /** Appends every file to this existing table; `'first'` appends the rest to the first file's table. */
  readonly appendTo?: string;
  /** Asks which sheets to load from a workbook with more than one; without it, all of them are loaded. */
  readonly chooseSheets?: SheetChooser;
  /** Asked when many rows of a text file cannot be read; without it, the rows that can be are loaded. */
  readonly confirmRejects?: RejectConfirm;
}

export type IngestResult =
  | {
      readonly ok: true;
      readonly file: string;
      readonly fingerprint: string;
      readonly tables: readonly LoadedTable[];
      /** Set when the file's rows went into an existing table instead of a new one. */
      readonly appended?: AppendResult & { readonly table: string; readonly rejected?: RejectSummary };
    }
  | { readonly ok: false; readonly file: string; readonly error: IngestError };

/**
 * Loads files one after another. Each file gets its own result; a bad file never affects the others or
 * what was loaded before. When cancelled, the file being read leaves nothing behind and the rest are skipped.
 */
export async function ingestSources(
  engine: Engine,
  sources: readonly IngestSource[],
  options: IngestOptions,
  onProgress: ProgressListener = () => undefined,
  signal?: AbortSignal,
): Promise<IngestResult[]> {
  const taken = new Set(options.takenTables);
  const seen = new Set(options.loadedFingerprints ?? []);
  const results: IngestResult[] = [];
  let appendTo = options.appendTo === 'first' ? undefined : options.appendTo;
  for (const source of sources) {
    try {
      if (signal?.aborted) throw new IngestError('cancelled', source.name);
      if (seen.has(source.fingerprint)) throw new IngestError('duplicateFile', source.name);
      const tableFor = (sheet?: string) => {
        const name = tableNameFor(source.name, taken, appendTo ? 'staged' : sheet);
        taken.add(name);
        return name;
      };
      const { csv, parquet, excel, chooseSheets, confirmRejects } = options;
      const readOptions = { csv, tableFor, parquet, excel, chooseSheets, confirmRejects };
      const tables = await readOne(engine, source, readOptions, onProgress, signal);
      seen.add(source.fingerprint);
      const staged = tables[0];
      if (appendTo && staged && tables.length === 1) {
        const appended = await appendTable(engine, appendTo, staged.table, source.name);
        taken.delete(staged.table);
        results.push({
          ok: true,
          file: source.name,
          fingerprint: source.fingerprint,
          tables: [],
          appended: {
            ...appended,
            table: appendTo,
            ...(staged.rejected ? { rejected: { ...staged.rejected, table: rejectedTableName(appendTo) } } : {}),
          },
        });
        continue;
      }
      if (options.appendTo === 'first' && !appendTo && staged) appendTo = staged.table;
      results.push({ ok: true, file: source.name, fingerprint: source.fingerprint, tables });
    } catch (error) {
      const failure =
        error instanceof IngestError
          ? error
          : new IngestError('unreadable', source.name, { detail: engineDetail(error) });
      results.push({ ok: false, file: source.name, error: failure });
    }
  }
  return results;
}
