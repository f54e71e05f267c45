/**
 * CSV text (RFC 4180 quoting) and byte encoding: UTF-8 for the English files,
 * GBK for the Chinese ones, as a Chinese vendor export would be.
 */
import iconv from 'iconv-lite';

export type Encoding = 'utf8' | 'gbk';

/** Quotes a field when it holds a comma, a double quote, CR or LF (quotes doubled). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Header and rows as CSV text; every line, the last included, ends with `eol`. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[], eol: string): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return lines.join(eol) + eol;
}

export function encodeText(text: string, encoding: Encoding): Uint8Array {
  if (encoding === 'utf8') return new TextEncoder().encode(text);
  const bytes = iconv.encode(text, 'gbk');
  // iconv-lite silently writes '?' for characters GBK lacks: refuse instead.
  if (iconv.decode(bytes, 'gbk') !== text) throw new Error('text has characters outside GBK');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Cents as yuan with two decimals: 1234567 → "12345.67". */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
