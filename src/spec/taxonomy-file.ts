import {
  TAXONOMY_VERSION,
  taxonomyFromCsv,
  validateTaxonomy,
  type ImportResult,
  type Taxonomy,
} from '../model/taxonomy';
import type { Migration } from './migrations';
import { isRecord } from './problems';
import { TAXONOMY_FILE_TYPE } from './storage-names';
import { migrateTaxonomy, TAXONOMY_MIGRATIONS } from './taxonomy-migrations';

/** The taxonomy as an exported JSON file, `{ type, version, source, taxonomy }`. */
export function taxonomyToJson(t: Taxonomy, source: string): string {
  return JSON.stringify({ type: TAXONOMY_FILE_TYPE, version: TAXONOMY_VERSION, source, taxonomy: t }, null, 2) + '\n';
}

/** An exported (or stored) taxonomy document read back: type and version checked, migrated, validated. */
export function taxonomyFromDocument(
  doc: unknown,
  steps: readonly Migration[] = TAXONOMY_MIGRATIONS,
  target: number = TAXONOMY_VERSION,
): ImportResult<Taxonomy> {
  if (!isRecord(doc) || doc.type !== TAXONOMY_FILE_TYPE)
    return { ok: false, problem: { kind: 'not-a-taxonomy', where: 'type' } };
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, problem: { kind: 'not-a-taxonomy', where: 'version' } };
  if (version > target) return { ok: false, problem: { kind: 'newer-version', version } };
  let migrated: Record<string, unknown>;
  try {
    migrated = migrateTaxonomy(doc, version, steps, target).doc;
  } catch {
    return { ok: false, problem: { kind: 'not-a-taxonomy', where: 'version' } };
  }
  return validateTaxonomy(migrated.taxonomy);
}

/** A taxonomy JSON file's text read back. */
export function taxonomyFromJson(text: string): ImportResult<Taxonomy> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { kind: 'bad-json', detail: error instanceof Error ? error.message : String(error) } };
  }
  return taxonomyFromDocument(doc);
}

/** Text from a file's bytes: UTF-8, else GB18030 (Chinese Windows exports); null when it is not text at all. */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** An imported taxonomy file, JSON or CSV (by its first character, whatever its name says). */
export function readTaxonomyFile(bytes: Uint8Array): ImportResult<Taxonomy> {
  const text = decodeText(bytes);
  if (text === null) return { ok: false, problem: { kind: 'not-text' } };
  const body = text.replace(/^\uFEFF/u, '').trimStart();
  if (body === '') return { ok: false, problem: { kind: 'empty' } };
  return body.startsWith('{') || body.startsWith('[') ? taxonomyFromJson(body) : taxonomyFromCsv(body);
}
