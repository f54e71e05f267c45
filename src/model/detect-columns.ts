import type { ColumnProfile, TableProfile } from './profile';
import { ROLES, ROLE_VALUE_KIND, type RoleOf, type TableKind } from './roles';
import { nameScore } from './header-names';
import { SYNONYMS } from './synonyms';
import { valueFit } from './value-fit';

/** A proposed column for a role, with how sure detection is (0–1). */
export interface ColumnGuess {
  readonly column: string;
  readonly confidence: number;
}

/** Roles that values alone can reveal when no header names them. */
const VALUE_ONLY_ROLES: ReadonlySet<string> = new Set(['started_at']);
const MIN_CONFIDENCE = 0.45;

/** Headers of quantities: a column named like this is never an identifier, whatever else its name contains. */
const QUANTITY_HEADER =
  /(^|[^a-z])(age|amount|count|days|balance|score|total|qty|sum)([^a-z]|$)|年龄|金额|次数|天数|余额|评分|合计|数量/i;

/** Scores one column for one role from its header and its values. */
export function scoreColumn<K extends TableKind>(kind: K, role: RoleOf<K>, column: ColumnProfile): number {
  const synonyms = (SYNONYMS[kind] as Record<string, readonly string[]>)[role] ?? [];
  const valueKind = (ROLE_VALUE_KIND[kind] as Record<string, Parameters<typeof valueFit>[0]>)[role]!;
  if (valueKind === 'id' && QUANTITY_HEADER.test(column.name) && !/id$|_id|编号|号$/i.test(column.name)) return 0;
  const name = nameScore(column.name, synonyms);
  let fit = valueFit(valueKind, column);
  // A customer list names each customer once: a column with many repeats (an age, a count) is not its id.
  if (kind === 'customers' && role === 'customer_id' && column.nonEmpty > 0 && column.distinct < 0.9 * column.nonEmpty)
    fit *= 0.3;
  if (name > 0) return 0.6 * name + 0.4 * fit;
  return VALUE_ONLY_ROLES.has(role) && fit >= 0.95 ? 0.5 * fit : 0;
}

/**
 * Assigns columns to a kind's roles: every (role, column) pair is scored, then the best pairs win greedily,
 * each role and each column used once.
 */
export function assignColumns<K extends TableKind>(
  kind: K,
  profile: TableProfile,
): Partial<Record<RoleOf<K>, ColumnGuess>> {
  const pairs: { role: RoleOf<K>; column: string; score: number }[] = [];
  for (const role of ROLES[kind] as readonly RoleOf<K>[]) {
    for (const column of profile.columns) {
      const score = scoreColumn(kind, role, column);
      if (score >= MIN_CONFIDENCE) pairs.push({ role, column: column.name, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score);
  const out: Partial<Record<RoleOf<K>, ColumnGuess>> = {};
  const used = new Set<string>();
  for (const { role, column, score } of pairs) {
    if (out[role] || used.has(column)) continue;
    out[role] = { column, confidence: Math.min(1, Number(score.toFixed(2))) };
    used.add(column);
  }
  return out;
}
