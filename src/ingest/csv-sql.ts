import { lit, literal, raw, sql, type Fragment } from '../sql';
import type { CsvOptions, DetectedCsv, IngestColumn, TextEncodingName } from './types';

/** The user's overrides as `read_csv`/`sniff_csv` named options (leading comma included). */
export function optionArgs(options: CsvOptions): Fragment {
  let args = sql``;
  if (options.delimiter !== undefined) args = sql`${args}, delim = ${options.delimiter}`;
  if (options.header !== undefined) args = sql`${args}, header = ${options.header}`;
  if (options.quote !== undefined) {
    args = sql`${args}, quote = ${options.quote}, escape = ${options.quote}`;
  }
  if (options.decimalComma) args = sql`${args}, decimal_separator = ${','}`;
  if (options.dateFormat) args = sql`${args}, dateformat = ${options.dateFormat}`;
  if (options.skipBadRows) {
    args = sql`${args}, ignore_errors = ${true}`;
  }
  return args;
}

export interface Sniffed {
  readonly delimiter: string;
  readonly quote: string;
  readonly escape: string;
  readonly header: boolean;
  readonly skipRows: number;
  readonly dateFormat: string;
  readonly timestampFormat: string;
  readonly columns: readonly IngestColumn[];
}

/**
 * A `read_csv` call with every dialect choice spelled out, so the engine does not sniff the file again. Its values
 * are written as literals, not bound: a statement without parameters runs as a pending query, for which the engine
 * reports progress (the progress bar of a long load).
 */
export function readCsvSql(
  path: string,
  sniffed: Sniffed,
  options: CsvOptions,
  types: ReadonlyMap<string, string>,
  extra: Fragment = sql``,
) {
  const columns = sniffed.columns.map((c) => `${literal(c.name)}: ${literal(types.get(c.name) ?? c.type)}`);

  let args = sql`, auto_detect = false, delim = ${lit(sniffed.delimiter)}, quote = ${lit(sniffed.quote)}, escape = ${lit(sniffed.escape)}, header = ${lit(sniffed.header)}, skip = ${lit(sniffed.skipRows)}`;
  args = sql`${args}, columns = ${raw(`{${columns.join(', ')}}`)}`;
  if (sniffed.dateFormat) args = sql`${args}, dateformat = ${lit(sniffed.dateFormat)}`;
  if (sniffed.timestampFormat) args = sql`${args}, timestampformat = ${lit(sniffed.timestampFormat)}`;
  if (options.decimalComma) args = sql`${args}, decimal_separator = ','`;
  if (options.skipBadRows) args = sql`${args}, ignore_errors = true`;
  return sql`read_csv(${lit(path)}${args}${extra})`;
}

/** Turns a `sniff_csv` row into plain choices ('(empty)' means none). */
export function parseSniff(row: Record<string, unknown>): Sniffed {
  const text = (v: unknown) => (v === null || v === undefined || v === '(empty)' ? '' : String(v));
  const columns = (row.Columns as readonly { name: unknown; type: unknown }[] | null) ?? [];
  return {
    delimiter: text(row.Delimiter) || ',',
    quote: text(row.Quote),
    escape: text(row.Escape),
    header: Boolean(row.HasHeader),
    skipRows: Number(row.SkipRows ?? 0),
    dateFormat: text(row.DateFormat),
    timestampFormat: text(row.TimestampFormat),
    columns: columns.map((c) => ({ name: String(c.name), type: String(c.type) })),
  };
}

export function detected(sniffed: Sniffed, encoding: TextEncodingName, options: CsvOptions): DetectedCsv {
  return {
    encoding,
    delimiter: sniffed.delimiter,
    quote: sniffed.quote,
    header: sniffed.header,
    decimalComma: options.decimalComma ?? false,
    dateFormat: sniffed.dateFormat,
    skipBadRows: options.skipBadRows ?? false,
  };
}
