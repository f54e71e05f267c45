import { REQUIRED_ROLES, TABLE_KINDS, type TableKind } from '../model';
import type { DatasetMeta } from './dataset-persistence';
import type { SpecMapping, ViewSpec } from './view-spec';

/** Something in a view that the loaded tables cannot provide. */
export type CompatibilityIssue =
  | { readonly kind: TableKind; readonly reason: 'missing-table'; readonly table: string; readonly label: string }
  | {
      readonly kind: TableKind;
      readonly reason: 'missing-columns';
      readonly table: string;
      readonly columns: readonly string[];
    }
  | {
      readonly kind: TableKind;
      readonly reason: 'changed-types';
      readonly table: string;
      readonly columns: readonly { name: string; was: string; now: string }[];
    };

/**
 * Checks a view against the tables loaded now: every mapped table must exist with every mapped column, of the type
 * it had when the view was saved. A table found under the view's dataset id but a new name is followed.
 */
export function checkView(
  spec: ViewSpec,
  loaded: readonly DatasetMeta[],
): { mapping: SpecMapping; issues: CompatibilityIssue[] } {
  let mapping = spec.mapping;
  const issues: CompatibilityIssue[] = [];
  for (const kind of TABLE_KINDS) {
    const part = mapping[kind];
    if (!part) continue;
    const ref = spec.datasets.find((d) => d.table === part.table);
    const dataset =
      loaded.find((d) => d.table === part.table) ?? (ref ? loaded.find((d) => d.id === ref.id) : undefined);
    if (!dataset) {
      issues.push({ kind, reason: 'missing-table', table: part.table, label: ref?.label ?? part.table });
      continue;
    }
    if (dataset.table !== part.table) mapping = { ...mapping, [kind]: { ...part, table: dataset.table } };
    const used = mappedColumns(mapping, kind);
    const have = new Map(dataset.columns.map((c) => [c.name, c.type]));
    const missing = used.filter((c) => !have.has(c));
    if (missing.length) issues.push({ kind, reason: 'missing-columns', table: dataset.table, columns: missing });
    const changed = used.flatMap((name) => {
      const was = ref?.columns.find((c) => c.name === name)?.type;
      const now = have.get(name);
      return was && now && was.toUpperCase() !== now.toUpperCase() ? [{ name, was, now }] : [];
    });
    if (changed.length) issues.push({ kind, reason: 'changed-types', table: dataset.table, columns: changed });
  }
  return { mapping, issues };
}

/** The columns a mapping reads from one table. */
export function mappedColumns(mapping: SpecMapping, kind: TableKind): string[] {
  const part = mapping[kind];
  if (!part) return [];
  const columns = Object.values(part.columns as Record<string, string | undefined>).filter((c): c is string => !!c);
  if (kind === 'calls' && mapping.calls?.timeColumn) columns.push(mapping.calls.timeColumn);
  return [...new Set(columns)];
}

/**
 * Points one kind of the view at another loaded table, keeping the roles whose columns that table has and
 * dropping the others (they are returned, so the user is told which roles now need mapping).
 */
export function remapView(spec: ViewSpec, kind: TableKind, target: DatasetMeta): { spec: ViewSpec; dropped: string[] } {
  const part = spec.mapping[kind];
  if (!part) return { spec, dropped: [] };
  const names = new Set(target.columns.map((c) => c.name));
  const columns: Record<string, string> = {};
  const dropped: string[] = [];
  for (const [role, column] of Object.entries(part.columns as Record<string, string | undefined>)) {
    if (!column) continue;
    if (names.has(column)) columns[role] = column;
    else dropped.push(role);
  }
  let next: Record<string, unknown> = { ...part, table: target.table, columns };
  if (kind === 'calls' && spec.mapping.calls?.timeColumn && !names.has(spec.mapping.calls.timeColumn)) {
    next = { ...next };
    delete next.timeColumn;
    dropped.push('timeColumn');
  }
  const datasets = [
    ...spec.datasets.filter((d) => d.table !== part.table),
    { id: target.id, table: target.table, label: target.label, columns: target.columns.map((c) => ({ ...c })) },
  ];
  return { spec: { ...spec, datasets, mapping: { ...spec.mapping, [kind]: next } }, dropped };
}

/**
 * Loaded tables that could stand in for the view's `kind` table: each must have the columns of the view's required
 * roles (for calls: the time and the outcome); ranked by how many of the view's other columns it also has.
 */
export function remapCandidates(spec: ViewSpec, kind: TableKind, loaded: readonly DatasetMeta[]): DatasetMeta[] {
  const part = spec.mapping[kind];
  if (!part) return [];
  const roles = part.columns as Record<string, string | undefined>;
  const required = REQUIRED_ROLES[kind].map((role) => roles[role]).filter((c): c is string => !!c);
  const used = mappedColumns(spec.mapping, kind);
  const has = (d: DatasetMeta, column: string) => d.columns.some((c) => c.name === column);
  const score = (d: DatasetMeta) => used.filter((c) => has(d, c)).length;
  return loaded.filter((d) => score(d) > 0 && required.every((c) => has(d, c))).sort((a, b) => score(b) - score(a));
}
