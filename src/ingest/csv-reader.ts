import type { Engine } from '../engine/engine';
import { ident, sql } from '../sql';
import { decodeToUtf8 } from './decode';
import { detectEncoding } from './encoding';
import { engineDetail, IngestError } from './errors';
import { detected, optionArgs, parseSniff, readCsvSql, type Sniffed } from './csv-sql';
import { runCancellable } from './run';
import type { CsvOptions, DetectedCsv, IngestNotice, IngestSource, ProgressListener } from './types';

const MAX_TYPE_RETRIES = 50;

export interface CsvLoad {
  readonly csv: DetectedCsv;
  readonly notices: IngestNotice[];
}

/**
 * Reads a delimited text file into a new table. UTF-8 files are read in place; other encodings are
 * decoded to UTF-8 chunk by chunk first. Columns whose values disagree with the detected type are
 * read as text and reported, rather than refusing the file.
 */
export async function readCsv(
  engine: Engine,
  source: IngestSource,
  head: Uint8Array,
  table: string,
  options: CsvOptions,
  onProgress: ProgressListener,
  signal?: AbortSignal,
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
  await engine.registerFile(path, readable instanceof File ? readable : new File([readable], path));
  try {
    const sample = new TextDecoder().decode(await readable.slice(0, 65_536).arrayBuffer());
    const sniffed = await sniff(engine, name, path, options, sample);
    const types = new Map<string, string>();
    const notices: IngestNotice[] = [];
    for (let attempt = 0; ; attempt++) {
      try {
        const read = readCsvSql(path, sniffed, options, types);
        await runCancellable(engine, signal, name, blob.size, onProgress, () =>
          engine.query(sql`create table ${ident(table)} as select * from ${read}`),
        );
        break;
      } catch (error) {
        const column = failingColumn(error, sniffed);
        if (column === null || types.has(column) || attempt >= MAX_TYPE_RETRIES) throw csvError(error, name);
        types.set(column, 'VARCHAR');
        notices.push({ code: 'mixedTypes', params: { column } });
      }
    }
    notices.push(...headerNotices(sniffed));
    return { csv: detected(sniffed, encoding, options), notices };
  } finally {
    await engine.dropFile(path);
  }
}

/**
 * Asks the engine's sniffer for the dialect. When rows disagree (ragged rows, a stray quote) the sniffer
 * falls back to one column or no quoting; then the header's delimiter and the standard quote are tried
 * explicitly, so the read fails on the bad row and the user learns which one it is.
 */
async function sniff(engine: Engine, name: string, path: string, options: CsvOptions, head: string): Promise<Sniffed> {
  const headerLine = head.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = options.delimiter ?? likelyDelimiter(headerLine);
  // When the sniffer gives up, the header alone still lets the read say which row is wrong.
  const fallback = (error: unknown) => {
    if (!delimiter) throw error;
    return fromHeader(headerLine, delimiter, options);
  };
  try {
    let sniffed = await sniffWith(engine, path, options).catch(fallback);
    if (options.delimiter === undefined && sniffed.columns.length === 1 && delimiter) {
      sniffed = await sniffWith(engine, path, { ...options, delimiter }).catch(fallback);
    }
    if (options.quote === undefined && sniffed.quote === '' && head.includes('"')) {
      const quoted = { ...options, quote: '"', delimiter: options.delimiter ?? sniffed.delimiter };
      sniffed = await sniffWith(engine, path, quoted).catch(() => ({ ...sniffed, quote: '"', escape: '"' }));
    }
    if (sniffed.columns.length === 0) throw new IngestError('empty', name);
    return sniffed;
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw csvError(error, name);
  }
}

async function sniffWith(engine: Engine, path: string, options: CsvOptions): Promise<Sniffed> {
  const result = await engine.query(sql`select * from sniff_csv(${path}${optionArgs(options)})`);
  return parseSniff(result.rows[0] ?? {});
}

function fromHeader(headerLine: string, delimiter: string, options: CsvOptions): Sniffed {
  const quote = options.quote ?? '"';
  const names = headerLine.split(delimiter).map((n) => n.trim().replace(/^"(.*)"$/, '$1'));
  return {
    delimiter,
    quote,
    escape: quote,
    header: true,
    skipRows: 0,
    dateFormat: '',
    timestampFormat: '',
    columns: names.map((name) => ({ name, type: 'VARCHAR' })),
  };
}

function likelyDelimiter(headerLine: string): string | undefined {
  const counts = [',', ';', '\t', '|'].map((d) => [d, headerLine.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : undefined;
}

function failingColumn(error: unknown, sniffed: Sniffed): string | null {
  const match = /Error when converting column "((?:[^"]|"")*)"/.exec(engineDetailFull(error));
  if (!match?.[1]) return null;
  const column = match[1];
  return sniffed.columns.some((c) => c.name === column) ? column : null;
}

function engineDetailFull(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function csvError(error: unknown, name: string): IngestError {
  if (error instanceof IngestError) return error;
  const text = engineDetailFull(error);
  const line = /Line:\s*(\d+)/.exec(text)?.[1] ?? '?';
  if (/unterminated quote/i.test(text)) return new IngestError('unterminatedQuote', name, { line });
  if (/Expected Number of Columns|too many columns|not possible to automatically detect/i.test(text)) {
    return new IngestError('ragged', name, { line });
  }
  return new IngestError('csvUnreadable', name, { detail: engineDetail(error) });
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
