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
import { rowAlignedPieces } from './csv-pieces';
import { dropTable } from './table-info';
import { IngestError } from './errors';
import { checkSample, keepRejects } from './csv-rejects';
import { castFailures, clearScratch, rejectArgs, rejectScratch, type RejectScratch } from './rejects';
import type {
  CsvOptions,
  DetectedCsv,
  IngestNotice,
  IngestProgress,
  IngestSource,
  ProgressListener,
  RejectConfirm,
  RejectSummary,
} from './types';

// Each retry reads the file again: a column read as text, or a conversion left out.
const MAX_ATTEMPTS = 50;

export interface CsvLoad {
  readonly csv: DetectedCsv;
  readonly notices: IngestNotice[];
  /** False when the first rows could not be sampled: the table then still needs `convertColumns`. */
  readonly converted: boolean;
  /** Rows that could not be read, set aside with their line numbers. */
  readonly rejected?: RejectSummary;
}

/**
 * Reads a delimited text file into a new table in one statement that also converts text columns (see
 * `conversions`). UTF-8 files are read in place; other encodings are decoded to UTF-8 chunk by chunk
 * first. Columns whose values disagree with the detected type are read as text and reported, rather than
 * refusing the file. Rows that do not parse (too many or too few fields, a stray quote) are set aside with
 * their line numbers; when there are many, `ask` decides whether the rest is loaded.
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
  ask?: RejectConfirm,
): Promise<CsvLoad> {
  const { name, blob } = source;
  // Named from the start: sniffing, and cutting a big file into pieces, come before the engine reports any bytes.
  onProgress({ file: name, phase: 'read', bytesDone: 0, bytesTotal: blob.size });
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
  const samplePath = `ingest/${table}.sample.csv`;
  const registered = [samplePath];
  const scratch = rejectScratch('read');
  try {
    const sample = await csvSample(readable);
    // The sample starts with the file's first bytes: no second read of them. Decoded before registering, which
    // may hand the buffer over to the engine's worker.
    const text = new TextDecoder().decode(sample.subarray(0, 65_536));
    const sampleBytes = sample.length;
    await engine.registerFile(samplePath, sample);
    const sniffed = await sniff(engine, name, samplePath, options, text);
    // A file no bigger than its sample is read whole at once: what it holds is known before anything is kept.
    if (readable.size > sampleBytes) {
      const sampleText = readable.slice(0, sampleBytes);
      await checkSample(engine, name, table, { path: samplePath, text: sampleText }, sniffed, options, ask);
    }
    // Bytes of the file as picked per byte read (they differ when the file was re-encoded first).
    const scale = blob.size / Math.max(1, readable.size);
    const pieces: FilePiece[] = [];
    for (const [k, range] of (await piecesOf(name, readable, sniffed, storage, signal)).entries()) {
      const path = `ingest/${table}.${k}.csv`;
      registered.push(path);
      const whole = range.start === 0 && range.end === readable.size;
      const handle =
        whole && readable instanceof File ? readable : new File([readable.slice(range.start, range.end)], path);
      await engine.registerFile(path, handle);
      pieces.push({
        path,
        start: range.start,
        bytesBefore: range.start * scale,
        bytes: (range.end - range.start) * scale,
      });
    }
    const file: CsvFile = { name, pieces, samplePath, sniffed, options, compact: storage.compact, scratch };
    const created = await createTable(engine, file, table, (work, piece) =>
      runCancellable(engine, signal, name, piece.bytes, (p) => onProgress(inWholeFile(p, piece, blob.size)), work),
    );
    const pieceStarts = new Map(pieces.map((p) => [p.path, p.start]));
    const rejected = await keepRejects(engine, name, table, scratch, readable, pieceStarts, options, ask);
    const notices = [...created.notices, ...headerNotices(sniffed), ...convertedNotices(created.plans ?? [])];
    return { csv: detected(sniffed, encoding, options), notices, converted: created.plans !== null, rejected };
  } finally {
    await clearScratch(engine, scratch);
    for (const path of registered) await engine.dropFile(path);
  }
}

// A compressed table is built a piece at a time: the engine holds a statement's rows uncompressed until it ends
// (10M calls in one statement took the engine's memory to 1.63 GB for a 0.16 GB table).
const PIECE_BYTES = 128 * 2 ** 20;

/** The whole file, or for a compressed table row-aligned pieces (when quotes can be told from text). */
async function piecesOf(name: string, readable: Blob, sniffed: Sniffed, storage: Storage, signal?: AbortSignal) {
  const whole = [{ start: 0, end: readable.size }];
  const escapeIsQuote = !sniffed.escape || sniffed.escape === sniffed.quote;
  const pieceBytes = storage.pieceBytes ?? PIECE_BYTES;
  if (!storage.compact || !escapeIsQuote || readable.size <= pieceBytes) return whole;
  return rowAlignedPieces(name, readable, pieceBytes, sniffed.quote, signal);
}

function inWholeFile(progress: IngestProgress, piece: FilePiece, total: number): IngestProgress {
  return { ...progress, bytesDone: Math.round(piece.bytesBefore + progress.bytesDone), bytesTotal: total };
}

interface FilePiece {
  readonly path: string;
  /** Where the piece starts in the text the engine reads (the file as UTF-8). */
  readonly start: number;
  /** Where the piece starts and how long it is, in bytes of the file as picked (for progress). */
  readonly bytesBefore: number;
  readonly bytes: number;
}

interface CsvFile {
  readonly name: string;
  /** The file's rows in order: the first piece holds the header, if any. */
  readonly pieces: readonly FilePiece[];
  readonly samplePath: string;
  readonly sniffed: Sniffed;
  readonly options: CsvOptions;
  readonly compact: boolean;
  /** Where the engine sets aside rows that do not parse. */
  readonly scratch: RejectScratch;
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
  run: (work: (signal: AbortSignal | undefined) => Promise<unknown>, piece: FilePiece) => Promise<unknown>,
): Promise<{ notices: IngestNotice[]; plans: ConversionPlan[] | null }> {
  const { name, pieces, samplePath, sniffed, options, compact, scratch } = file;
  const target = tableIn(table, compact);
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
      await clearScratch(engine, scratch);
      const converted = convertedSelect((plans ?? []).filter((p) => !p.native));
      for (const [k, piece] of pieces.entries()) {
        const dialect = k === 0 ? sniffed : { ...sniffed, header: false, skipRows: 0 };
        const read = readCsvSql(piece.path, dialect, options, readTypes, rejectArgs(scratch));
        const statement =
          k === 0
            ? sql`create table ${target} as select ${converted} from ${read}`
            : sql`insert into ${target} select ${converted} from ${read}`;
        await run((signal) => engine.query(statement, { signal }), piece);
      }
      // Values the reader could not read as their column's type are set aside like bad rows: such a column is
      // read as text instead (a value the boolean reading refused goes to the general conversion).
      const mistyped = await castFailures(engine, scratch);
      if (mistyped.length === 0) return { notices, plans };
      await dropTable(engine, table);
      if (attempt >= MAX_ATTEMPTS) throw new IngestError('csvUnreadable', name, { detail: mistyped.join(', ') });
      const before = types.size + notNative.size;
      for (const column of mistyped) {
        if (native.some((p) => p.column === column)) notNative.add(column);
        else if (!types.has(column)) {
          types.set(column, 'VARCHAR');
          notices.push({ code: 'mixedTypes', params: { column } });
        }
      }
      if (types.size + notNative.size === before) {
        throw new IngestError('csvUnreadable', name, { detail: mistyped.join(', ') });
      }
    } catch (error) {
      // Pieces already read are dropped with the table; the next attempt starts again from the first.
      if (pieces.length > 1) await dropTable(engine, table);
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
