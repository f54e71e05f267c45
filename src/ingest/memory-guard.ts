import type { Engine } from '../engine/engine';
import { IngestError } from './errors';
import type { FileFormat } from './types';

// Table bytes per file byte, measured on call exports: compressed formats expand when loaded.
const EXPANSION: Record<FileFormat, number> = {
  csv: 1,
  json: 0.6,
  ndjson: 0.6,
  parquet: 4,
  excel: 6,
  arrow: 1,
};

// Formats decoded whole in JavaScript before the engine sees them; an ArrayBuffer this big fails.
const WHOLE_FILE_LIMIT = 1.5 * 2 ** 30;

/** Refuses, before reading anything, a file whose table would not fit in what the engine may use. */
export async function checkFits(engine: Engine, name: string, size: number, format: FileFormat): Promise<void> {
  const memory = await engine.memory();
  const needed = size * EXPANSION[format];
  const free = memory.limitBytes * 0.9 - memory.usedBytes;
  const whole = format !== 'csv' && size > WHOLE_FILE_LIMIT;
  if (needed > free || whole) {
    throw new IngestError('tooLarge', name, {
      size: megabytes(size),
      needed: megabytes(whole ? size * 2 : needed),
      free: megabytes(Math.max(0, whole ? WHOLE_FILE_LIMIT : free)),
    });
  }
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 2 ** 20).toLocaleString('en')} MB`;
}
