import type { Engine } from '../engine/engine';
import { keepCompressed } from '../engine/stores';
import { IngestError } from './errors';
import type { FileFormat } from './types';

// Table bytes per file byte, measured on call exports: compressed formats expand when loaded.
const EXPANSION: Record<FileFormat, number> = {
  csv: 2,
  json: 0.6,
  ndjson: 0.6,
  parquet: 4,
  excel: 6,
  arrow: 1,
};

// Formats decoded whole in JavaScript before the engine sees them; an ArrayBuffer this big fails.
const WHOLE_FILE_LIMIT = 1.5 * 2 ** 30;

// Compressed, the generated calls took a fifth of a byte per CSV byte (1M: 17 MB, 10M: 0.16 GB); free text
// compresses less, hence the margin.
const COMPACT_EXPANSION = 0.5;

export interface Storage {
  /** Keep the table in the compressed database (see `keepCompressed`). */
  readonly compact: boolean;
  /** Bytes of file read per statement when compact (tests make it small). */
  readonly pieceBytes?: number;
}

/**
 * Decides where a file's table goes and refuses, before reading anything, a file whose table would not fit
 * in what the engine may use. Only CSV is read straight into the compressed database; other formats arrive
 * whole in JavaScript first and are bounded by that.
 */
export async function planStorage(engine: Engine, name: string, size: number, format: FileFormat): Promise<Storage> {
  const memory = await engine.memory();
  const plain = size * EXPANSION[format];
  const compact = format === 'csv' && keepCompressed(plain);
  const needed = compact ? size * COMPACT_EXPANSION : plain;
  const free = memory.limitBytes * 0.9 - memory.usedBytes;
  const whole = format !== 'csv' && size > WHOLE_FILE_LIMIT;
  if (needed > free || whole) {
    throw new IngestError('tooLarge', name, {
      size: megabytes(size),
      needed: megabytes(whole ? size * 2 : needed),
      free: megabytes(Math.max(0, whole ? WHOLE_FILE_LIMIT : free)),
    });
  }
  return { compact };
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 2 ** 20).toLocaleString('en')} MB`;
}
