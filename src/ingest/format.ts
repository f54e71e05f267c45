import { IngestError } from './errors';
import type { FileFormat } from './types';

const EXTENSIONS: Record<string, FileFormat> = {
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  tab: 'csv',
  xlsx: 'excel',
  xlsm: 'excel',
  xls: 'excel',
  parquet: 'parquet',
  pq: 'parquet',
  json: 'json',
  ndjson: 'ndjson',
  jsonl: 'ndjson',
  arrow: 'arrow',
  arrows: 'arrow',
  feather: 'arrow',
  ipc: 'arrow',
};

/** The extensions ingest accepts, for the file picker. */
export const ACCEPTED_EXTENSIONS = Object.keys(EXTENSIONS).map((e) => `.${e}`);

const IMAGE_OR_BINARY: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x25, 0x50, 0x44, 0x46], // PDF
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x4d, 0x5a], // Windows executable
];

/** The lower-case extension of a file name, without the dot ('' when there is none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** Decides how to read a file from its name and first bytes; refuses what cannot be read. */
export function detectFormat(name: string, head: Uint8Array): FileFormat {
  const extension = extensionOf(name);
  const byName = EXTENSIONS[extension];
  if (!byName) throw new IngestError('unsupported', name, { extension: extension || '—' });
  if (startsWith(head, [0x50, 0x41, 0x52, 0x31])) return 'parquet';
  if (startsWith(head, [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31])) return 'arrow';
  if (byName === 'excel' || byName === 'parquet' || byName === 'arrow') return byName;
  if (IMAGE_OR_BINARY.some((magic) => startsWith(head, magic)) || looksBinary(head)) {
    throw new IngestError('binary', name);
  }
  if (byName === 'json' && firstNonSpace(head) === 0x7b) return 'ndjson';
  return byName;
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function firstNonSpace(bytes: Uint8Array): number | undefined {
  for (let i = 0; i < Math.min(bytes.length, 4096); i++) {
    const b = bytes[i]!;
    if (b === 0xef && i === 0) {
      i += 2;
      continue;
    }
    if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) return b;
  }
  return undefined;
}

/** Control bytes that text never holds; UTF-16 text (zero bytes in a pattern) is not binary. */
function looksBinary(head: Uint8Array): boolean {
  const n = Math.min(head.length, 4096);
  if (n === 0) return false;
  let control = 0;
  let zerosEven = 0;
  let zerosOdd = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i]!;
    if (b === 0) {
      if (i % 2 === 0) zerosEven++;
      else zerosOdd++;
    } else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  const utf16 = Math.max(zerosEven, zerosOdd) > n / 4 && Math.min(zerosEven, zerosOdd) < n / 50;
  if (utf16) return control > n / 20;
  return zerosEven + zerosOdd > 0 || control > n / 20;
}
