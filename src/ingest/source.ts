import type { IngestSource } from './types';

/** Wraps a picked or dropped file. */
export function sourceFromFile(file: File, path = file.name): IngestSource {
  return { name: path, blob: file, fingerprint: `${path}|${file.size}|${file.lastModified}` };
}

/** Wraps bytes fetched from somewhere (the bundled sample data) under a file name. */
export function sourceFromBytes(name: string, bytes: Uint8Array<ArrayBuffer>): IngestSource {
  return { name, blob: new File([bytes], name), fingerprint: `${name}|${bytes.byteLength}|bytes` };
}
