import { loadViewParsers } from './load-parsers';
import { fail, type Parsed } from './problems';
import { LINK_PARAM } from './storage-names';
import type { ViewSpec } from './view-spec';

/** The codec's own version, before the payload: `#view=1.<base64url of deflated JSON>`. */
const CODEC = '1';
/** A link never needs more; a bigger inflated payload is treated as garbage (or a zip bomb). */
const MAX_JSON_BYTES = 256 * 1024;

/**
 * Encodes a view (never data) into a URL fragment at its analysis's address, e.g. `#/overview?view=1.eJyr…`, so the
 * link opens that analysis even before the view is restored.
 */
export async function encodeViewLink(spec: ViewSpec): Promise<string> {
  const json = new Uint8Array(new TextEncoder().encode(JSON.stringify(spec)));
  const deflated = await pipe(json, new CompressionStream('deflate-raw'), Infinity);
  return `#/${encodeURIComponent(spec.analysis?.id ?? 'overview')}?${LINK_PARAM}=${CODEC}.${toBase64Url(deflated)}`;
}

/** The fragment's parameters: after `?` in `#/route?…`, or the whole fragment in the older `#view=…`. */
function fragmentParams(hash: string): URLSearchParams {
  const body = hash.replace(/^#/, '');
  return new URLSearchParams(body.startsWith('/') ? body.slice(body.indexOf('?') + 1 || body.length) : body);
}

/** True when a URL fragment carries a view. */
export function hasViewLink(hash: string): boolean {
  return fragmentParams(hash).has(LINK_PARAM);
}

/** The fragment with its view removed: the route alone (`#/overview`), or nothing. */
export function withoutViewLink(hash: string): string {
  const route = /^#\/[^?]*/.exec(hash);
  return route ? route[0] : '';
}

/** Decodes a fragment made by `encodeViewLink`; a damaged one becomes a `garbled-link` problem, never a throw. */
export async function decodeViewLink(hash: string): Promise<Parsed<ViewSpec>> {
  const value = fragmentParams(hash).get(LINK_PARAM);
  if (value === null) return fail('garbled-link', LINK_PARAM, 'the link carries no view');
  const dot = value.indexOf('.');
  const codec = dot < 0 ? '' : value.slice(0, dot);
  if (codec !== CODEC) return fail('garbled-link', LINK_PARAM, `unknown link format "${codec.slice(0, 10)}"`);
  let json: string;
  try {
    const bytes = await pipe(
      fromBase64Url(value.slice(dot + 1)),
      new DecompressionStream('deflate-raw'),
      MAX_JSON_BYTES,
    );
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    return fail('garbled-link', LINK_PARAM, error instanceof Error ? error.message : String(error));
  }
  let input: unknown;
  try {
    input = JSON.parse(json);
  } catch {
    return fail('garbled-link', LINK_PARAM, 'the decoded link is not JSON');
  }
  const { parseViewSpec } = await loadViewParsers();
  return parseViewSpec(input);
}

async function pipe(
  input: Uint8Array<ArrayBuffer>,
  transform: CompressionStream | DecompressionStream,
  limit: number,
): Promise<Uint8Array> {
  const writer = transform.writable.getWriter();
  const writing = writer.write(input).then(() => writer.close());
  writing.catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = transform.readable.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new Error('the link is larger than any view');
    }
    chunks.push(value);
  }
  await writing;
  const out = new Uint8Array(new ArrayBuffer(total));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('the link contains characters a view link never has');
  const base64 = text.replaceAll('-', '+').replaceAll('_', '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
