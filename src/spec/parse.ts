import type * as z from 'zod/mini';
import { migrateViewSpec, OLDEST_VIEW_VERSION } from './migrations';
import { droppedPaths, fail, isRecord, joinPath, type Parsed } from './problems';
import { savedViewSchema, VIEW_SCHEMA_VERSION, viewSpecSchema, type SavedView, type ViewSpec } from './view-spec';

/**
 * The one door through which any stored, imported or linked view enters the app (Excalidraw's `restore`):
 * checks the version, runs the named migrations, validates every field and reports what it ignored.
 */
export function parseViewSpec(input: unknown, path = ''): Parsed<ViewSpec> {
  if (!isRecord(input)) return fail('not-a-view', path, 'expected an object');
  const version = input.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return fail('not-a-view', joinPath(path, 'schemaVersion'), 'missing or not a whole number');
  }
  if (version > VIEW_SCHEMA_VERSION) {
    return fail('newer-version', joinPath(path, 'schemaVersion'), `written by view version ${version}`, version);
  }
  if (version < OLDEST_VIEW_VERSION) return fail('invalid', joinPath(path, 'schemaVersion'), `unknown ${version}`);
  let migrated: { spec: Record<string, unknown>; applied: string[] };
  try {
    migrated = migrateViewSpec(input, version, VIEW_SCHEMA_VERSION);
  } catch (error) {
    return fail('invalid', path, error instanceof Error ? error.message : String(error));
  }
  const result = viewSpecSchema.safeParse(migrated.spec);
  if (!result.success) return fromZod(result.error, path);
  return {
    ok: true,
    value: result.data,
    migrated: migrated.applied,
    ignored: droppedPaths(migrated.spec, result.data, path),
  };
}

/** Parses a named, saved view (from IndexedDB or an exported file); its spec goes through `parseViewSpec`. */
export function parseSavedView(input: unknown, path = ''): Parsed<SavedView> {
  if (!isRecord(input)) return fail('not-a-view', path, 'expected an object');
  const spec = parseViewSpec(input.spec, joinPath(path, 'spec'));
  if (!spec.ok) return spec;
  const candidate = { ...input, spec: spec.value };
  const result = savedViewSchema.safeParse(candidate);
  if (!result.success) return fromZod(result.error, path);
  const ignored = [...spec.ignored, ...droppedPaths(candidate, result.data, path)];
  return { ok: true, value: result.data, migrated: spec.migrated, ignored };
}

/** Parses JSON text, reporting where it broke instead of throwing. */
export function parseJsonText(text: string): Parsed<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown, migrated: [], ignored: [] };
  } catch (error) {
    return fail('not-json', '', error instanceof Error ? error.message : String(error));
  }
}

function fromZod(error: z.core.$ZodError, path: string): Parsed<never> {
  const issue = error.issues[0];
  if (!issue) return fail('invalid', path, 'invalid');
  const where = issue.path.reduce<string>((p, key) => joinPath(p, key), path);
  return fail('invalid', where, issue.message);
}
