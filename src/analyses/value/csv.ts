import type { QueryResult } from '../../engine/engine';

function field(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A query result as RFC 4180 CSV text (header row, CRLF line ends), for the table's export. */
export function toCsv(result: QueryResult): string {
  const names = result.columns.map((c) => c.name);
  const lines = [names.map(field).join(',')];
  for (const row of result.rows) lines.push(names.map((n) => field(row[n])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
