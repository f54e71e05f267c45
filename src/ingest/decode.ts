import { IngestError } from './errors';
import type { TextEncodingName } from './types';

/**
 * Re-encodes a text file as UTF-8, chunk by chunk, so the engine can read it. The result is a Blob of
 * chunks (the browser may keep large ones on disk); the whole text is never one string.
 */
export async function decodeToUtf8(
  name: string,
  blob: Blob,
  encoding: TextEncodingName,
  onBytes: (done: number) => void,
  signal?: AbortSignal,
): Promise<Blob> {
  const decoder = new TextDecoder(encoding);
  const encoder = new TextEncoder();
  const parts: BlobPart[] = [];
  const reader = blob.stream().getReader();
  let done = 0;
  try {
    for (;;) {
      if (signal?.aborted) throw new IngestError('cancelled', name);
      const next = await reader.read();
      if (next.done) break;
      done += next.value.byteLength;
      const text = decoder.decode(next.value, { stream: true });
      if (text) parts.push(encoder.encode(stripBom(text, parts.length === 0)));
      onBytes(done);
    }
    const tail = decoder.decode();
    if (tail) parts.push(encoder.encode(tail));
  } finally {
    reader.releaseLock();
  }
  return new Blob(parts);
}

function stripBom(text: string, first: boolean): string {
  return first && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
