import type { ColumnProfile, TableProfile } from './profile';
import { ROLES, ROLE_VALUE_KIND, type RoleOf, type TableKind } from './roles';
import { SYNONYMS, nameScore } from './synonyms';
import { valueFit } from './value-fit';

/** A proposed column for a role, with how sure detection is (0–1). */
export interface ColumnGuess {
  readonly column: string;
  readonly confidence: number;
}

/** Roles that values alone can reveal when no header names them. */
const VALUE_ONLY_ROLES: ReadonlySet<string> = new Set(['started_at']);
const MIN_CONFIDENCE = 0.45;

/** Scores one column for one role from its header and its values. */
export function scoreColumn<K extends TableKind>(kind: K, role: RoleOf<K>, column: ColumnProfile): number {
  const synonyms = (SYNONYMS[kind] as Record<string, readonly string[]>)[role] ?? [];
  const name = nameScore(column.name, synonyms);
  const fit = valueFit((ROLE_VALUE_KIND[kind] as Record<string, Parameters<typeof valueFit>[0]>)[role]!, column);
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
