import { compareCodes } from './resolve';
import type { CodeEntry, Reason, ReasonStatus, Taxonomy } from './types';

/** A raw code seen in the calls, with the category the calls themselves carry for it (if any). */
export interface DataCode {
  readonly code: string;
  readonly category: string | null;
}

/**
 * A taxonomy from the data alone: each distinct raw code becomes a reason of its own name, under the category the
 * calls carry for it, else under `otherCategory` ("Other", 未分类), so coverage starts honest at what is unclassified.
 */
export function deriveFromData(codes: readonly DataCode[], otherCategory: string): Taxonomy {
  const sorted = [...codes].sort((a, b) => compareCodes(a.code, b.code));
  const reasons: Reason[] = sorted.map((c, i) => ({
    id: `r${i + 1}`,
    name: c.code,
    category: c.category?.trim() || otherCategory,
    status: 'active',
  }));
  return {
    categories: [...new Set(reasons.map((r) => r.category))],
    reasons,
    codes: sorted.map((c, i) => ({ code: c.code, reason: `r${i + 1}` })),
    rules: [],
  };
}

/** One row of a mapping table, read from `canonical.reasons` or an imported CSV (dates as `YYYY-MM-DD`). */
export interface MappingRow {
  readonly raw_code: string;
  readonly reason: string;
  readonly category: string;
  readonly status: ReasonStatus;
  /** A raw code (as in the sample) or, for a reason with no codes, a reason name. */
  readonly merged_into: string;
  readonly valid_from: string;
  readonly valid_to: string;
  readonly sub_reason: string;
}

/** Why rows could not become a taxonomy: a merge target nobody has, or merges that lead round in a circle. */
export type RowsProblem =
  | { readonly kind: 'unknown-merge-target'; readonly index: number; readonly value: string }
  | { readonly kind: 'merge-cycle'; readonly index: number; readonly value: string };

/**
 * A taxonomy from mapping rows: one reason per distinct (reason, category, status, merge target, sub-reason), in
 * order of first appearance; a row with no raw code declares a reason with no codes yet. A retired or merged
 * reason's last day is the latest `valid_to` of its rows; a code keeps its own dates where they differ.
 */
export function taxonomyFromRows(
  rows: readonly MappingRow[],
): { ok: true; taxonomy: Taxonomy } | { ok: false; problem: RowsProblem } {
  const keyOf = (r: MappingRow) => JSON.stringify([r.reason, r.category, r.status, r.merged_into, r.sub_reason]);
  const parentKey = (r: MappingRow) => keyOf({ ...r, status: 'active', merged_into: '', sub_reason: '' });
  const ids = new Map<string, string>();
  const reasons: { reason: Reason; rows: number[] }[] = [];
  const add = (key: string, reason: Omit<Reason, 'id'>, row: number) => {
    let id = ids.get(key);
    if (!id) {
      id = `r${reasons.length + 1}`;
      ids.set(key, id);
      reasons.push({ reason: { id, ...reason }, rows: [] });
    }
    reasons.find((x) => x.reason.id === id)!.rows.push(row);
    return id;
  };
  const owner: (string | undefined)[] = rows.map((r, i) => {
    if (!r.reason) return undefined;
    if (!r.sub_reason) return add(keyOf(r), { name: r.reason, category: r.category, status: r.status }, i);
    const parent =
      ids.get(parentKey(r)) ?? add(parentKey(r), { name: r.reason, category: r.category, status: 'active' }, -1);
    return add(keyOf(r), { name: r.sub_reason, category: r.category, status: r.status, parent }, i);
  });
  const codeOwner = new Map<string, string>();
  rows.forEach((r, i) => {
    if (r.raw_code && owner[i]) codeOwner.set(r.raw_code, owner[i]);
  });
  const byName = new Map(reasons.map((x) => [x.reason.name.trim().toLowerCase(), x.reason.id]));
  const finished: Reason[] = [];
  for (const { reason, rows: at } of reasons) {
    const own = at.filter((i) => i >= 0).map((i) => rows[i]!);
    let next: Reason = reason;
    if (reason.status === 'merged') {
      const target = own[0]?.merged_into ?? '';
      const into = codeOwner.get(target) ?? byName.get(target.trim().toLowerCase());
      if (!into || into === reason.id)
        return { ok: false, problem: { kind: 'unknown-merge-target', index: at[0]!, value: target } };
      next = { ...next, mergedInto: into };
    }
    const ends = own.map((r) => r.valid_to).filter((d) => d !== '');
    if (reason.status !== 'active' && ends.length > 0) next = { ...next, validTo: ends.sort().at(-1)! };
    finished.push(next);
  }
  const cycle = findCycle(finished);
  if (cycle) {
    const index = rows.findIndex((_, i) => owner[i] === cycle);
    const value = rows[index]?.raw_code || rows[index]?.reason || '';
    return { ok: false, problem: { kind: 'merge-cycle', index, value } };
  }
  const byId = new Map(finished.map((r) => [r.id, r]));
  const codes: CodeEntry[] = rows.flatMap((r, i) => {
    const id = owner[i];
    if (!r.raw_code) return [];
    const dates = r.valid_from ? { validFrom: r.valid_from } : {};
    if (!id) return [{ code: r.raw_code, ...dates, ...(r.valid_to ? { validTo: r.valid_to } : {}) }];
    const reason = byId.get(id)!;
    const validTo = r.valid_to && r.valid_to !== reason.validTo ? { validTo: r.valid_to } : {};
    return [{ code: r.raw_code, reason: reason.id, ...dates, ...validTo }];
  });
  return {
    ok: true,
    taxonomy: { categories: [...new Set(finished.map((r) => r.category))], reasons: finished, codes, rules: [] },
  };
}

/** A reason whose merges lead back to itself, if any. */
export function findCycle(reasons: readonly Reason[]): string | undefined {
  const byId = new Map(reasons.map((r) => [r.id, r]));
  for (const start of reasons) {
    const seen = new Set<string>();
    let r: Reason | undefined = start;
    while (r?.status === 'merged' && r.mergedInto) {
      if (seen.has(r.id)) return r.id;
      seen.add(r.id);
      r = byId.get(r.mergedInto);
    }
  }
  return undefined;
}
