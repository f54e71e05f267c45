import type { Engine } from '../engine/engine';
import { sql } from '../sql';
import { optionArgs, parseSniff, type Sniffed } from './csv-sql';
import { engineDetail, IngestError } from './errors';
import type { CsvOptions } from './types';

/**
 * Asks the engine's sniffer for the dialect. When rows disagree (ragged rows, a stray quote) the sniffer
 * falls back to one column or no quoting; then the header's delimiter and the standard quote are tried
 * explicitly, so the read sets the bad rows aside and loads the rest.
 */
export async function sniff(
  engine: Engine,
  name: string,
  path: string,
  options: CsvOptions,
  head: string,
): Promise<Sniffed> {
  const headerLine = head.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = options.delimiter ?? likelyDelimiter(headerLine);
  // When the sniffer gives up, it is asked again to look past rows that do not parse (they are set aside when
  // the file is read), so the other rows still get their types; failing that, the header gives the columns.
  const fallback = async (error: unknown) => {
    if (!delimiter) throw error;
    const lenient = { ...options, delimiter, skipBadRows: true };
    const sniffed = await sniffWith(engine, path, lenient).catch(() => null);
    if (sniffed && sniffed.columns.length > 1 && sniffed.header) return sniffed;
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

export function engineDetailFull(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function csvError(error: unknown, name: string): IngestError {
  if (error instanceof IngestError) return error;
  const text = engineDetailFull(error);
  const line = /Line:\s*(\d+)/.exec(text)?.[1] ?? '?';
  if (/unterminated quote/i.test(text)) return new IngestError('unterminatedQuote', name, { line });
  if (/Expected Number of Columns|too many columns|not possible to automatically detect/i.test(text)) {
    return new IngestError('ragged', name, { line });
  }
  return new IngestError('csvUnreadable', name, { detail: engineDetail(error) });
}
