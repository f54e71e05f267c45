import type { Engine } from '../engine/engine';
import { tableIn } from '../engine/stores';
import type { Storage } from './memory-guard';
import { sql } from '../sql';
import { decodeToUtf8 } from './decode';
import { detectEncoding } from './encoding';
import {
  convertedNotices,
  convertedSelect,
  failedConversion,
  planConversions,
  type ConversionPlan,
} from './conversions';
import { csvSample } from './csv-sample';
import { csvError, engineDetailFull, sniff } from './csv-sniff';
import { detected, readCsvSql, type Sniffed } from './csv-sql';
import { runCancellable } from './run';
import type { CsvOptions, DetectedCsv, IngestNotice, IngestSource, ProgressListener } from './types';

// Each retry reads the file again: a column read as text, or a conversion left out.
const MAX_ATTEMPTS = 50;

export interface CsvLoad {
  readonly csv: DetectedCsv;
  readonly notices: IngestNotice[];
  /** False when the first rows could not be sampled: the table then still needs `convertColumns`. */
  readonly converted: boolean;
}

/**
 * Reads a delimited text file into a new table in one statement that also converts text columns (see
 * `conversions`). UTF-8 files are read in place; other encodings are decoded to UTF-8 chunk by chunk
 * first. Columns whose values disagree with the detected type are read as text and reported, rather than
 * refusing the file.
 */
export async function readCsv(
  engine: Engine,
  source: IngestSource,
  head: Uint8Array,
  table: string,
  options: CsvOptions,
  onProgress: ProgressListener,
  signal?: AbortSignal,
  storage: Storage = { compact: false },
): Promise<CsvLoad> {
  const { name, blob } = source;
  const encoding = options.encoding ?? detectEncoding(head);
  let readable: Blob = blob;
  if (encoding !== 'utf-8') {
    readable = await decodeToUtf8(
      name,
      blob,
      encoding,
      (done) => onProgress({ file: name, phase: 'decode', bytesDone: done, bytesTotal: blob.size }),
      signal,
    );
  }
  const path = `ingest/${table}.csv`;
  const samplePath = `ingest/${table}.sample.csv`;
  await engine.registerFile(path, readable instanceof File ? readable : new File([readable], path));
  try {
    await engine.registerFile(samplePath, await csvSample(readable));
    const text = new TextDecoder().decode(await readable.slice(0, 65_536).arrayBuffer());
    const sniffed = await sniff(engine, name, samplePath, options, text);
    const file: CsvFile = { name, path, samplePath, sniffed, options, compact: storage.compact };
    const created = await createTable(engine, file, table, (work) =>
      runCancellable(engine, signal, name, blob.size, onProgress, work),
    );
    const notices = [...created.notices, ...headerNotices(sniffed), ...convertedNotices(created.plans ?? [])];
    return { csv: detected(sniffed, encoding, options), notices, converted: created.plans !== null };
  } finally {
    await engine.dropFile(samplePath);
    await engine.dropFile(path);
  }
}

interface CsvFile {
  readonly name: string;
  readonly path: string;
  readonly samplePath: string;
  readonly sniffed: Sniffed;
  readonly options: CsvOptions;
  readonly compact: boolean;
}

/**
 * Creates the table with one read of the file that converts as it goes (the conversions picked from the
 * sample). A column whose values disagree with its type is read as text instead, and a conversion that
 * meets a value it cannot read is left out; either way the statement runs again.
 */
async function createTable(
  engine: Engine,
  file: CsvFile,
  table: string,
  run: (work: () => Promise<unknown>) => Promise<unknown>,
): Promise<{ notices: IngestNotice[]; plans: ConversionPlan[] | null }> {
  const { name, path, samplePath, sniffed, options, compact } = file;
  const types = new Map<string, string>();
  const notices: IngestNotice[] = [];
  const failedConversions = new Set<string>();
  const notNative = new Set<string>();
  for (let attempt = 0; ; attempt++) {
    const columns = sniffed.columns.map((c) => ({ name: c.name, type: types.get(c.name) ?? c.type }));
    const sample = readCsvSql(samplePath, sniffed, { ...options, skipBadRows: true }, types);
    const plans = await planConversions(engine, sample, columns).then(
      (all) =>
        all
          .filter((p) => !failedConversions.has(p.column))
          .map((p) => (p.native && notNative.has(p.column) ? { ...p, native: false } : p)),
      () => null,
    );
    // The reader itself types booleans spelled the engine's way: converting them afterwards cost a third of the
    // 1M-call read (1.15 s against 0.8 s).
    const native = (plans ?? []).filter((p) => p.native);
    const readTypes = new Map([...types, ...native.map((p) => [p.column, 'BOOLEAN'] as const)]);
    try {
      const read = readCsvSql(path, sniffed, options, readTypes);
      const converted = convertedSelect((plans ?? []).filter((p) => !p.native));
      await run(() => engine.query(sql`create table ${tableIn(table, compact)} as select ${converted} from ${read}`));
      return { notices, plans };
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS) throw csvError(error, name);
      const failed = plans && failedConversion(error, plans);
      if (failed) {
        failedConversions.add(failed.column);
        continue;
      }
      const column = failingColumn(error, sniffed);
      // A value the engine's boolean reading refused: the general conversion decides (and may keep the text).
      if (column !== null && native.some((p) => p.column === column)) {
        notNative.add(column);
        continue;
      }
      if (column === null || types.has(column)) throw csvError(error, name);
      types.set(column, 'VARCHAR');
      notices.push({ code: 'mixedTypes', params: { column } });
    }
  }
}

function failingColumn(error: unknown, sniffed: Sniffed): string | null {
  const match = /Error when converting column "((?:[^"]|"")*)"/.exec(engineDetailFull(error));
  if (!match?.[1]) return null;
  const column = match[1];
  return sniffed.columns.some((c) => c.name === column) ? column : null;
}

/** DuckDB renames duplicate headers (`a`, `a_1`) and names empty ones `column2`: say so. */
function headerNotices(sniffed: Sniffed): IngestNotice[] {
  if (!sniffed.header) return [];
  const names = new Set(sniffed.columns.map((c) => c.name));
  const notices: IngestNotice[] = [];
  for (const { name } of sniffed.columns) {
    const dup = /^(.*)_(\d+)$/.exec(name);
    if (dup?.[1] && names.has(dup[1]))
      notices.push({ code: 'duplicateColumn', params: { column: dup[1], renamed: name } });
    else if (/^column\d+$/.test(name)) notices.push({ code: 'emptyColumnName', params: { column: name } });
  }
  return notices;
}
