import type { ColumnGuess } from './detect-columns';
import { assignColumns } from './detect-columns';
import { DEFAULT_SETTINGS, type KpiSettings, type Mapping } from './mapping';
import type { TableProfile } from './profile';
import { REQUIRED_ROLES, TABLE_KINDS, type RoleOf, type TableKind } from './roles';
import { normalizeHeader } from './synonyms';
import { guessAnsweredValues, guessDurationUnit } from './value-rules';

/** How sure detection is of a table's kind and of each of its columns (0–1). */
export interface Confidence {
  readonly table: number;
  readonly columns: Readonly<Record<string, number>>;
}

/** Auto-detection's proposal: a full mapping, and its confidence per kind and role. */
export interface Proposal {
  readonly mapping: Mapping;
  readonly confidence: Partial<Record<TableKind, Confidence>>;
}

interface Candidate {
  kind: TableKind;
  profile: TableProfile;
  guesses: Record<string, ColumnGuess>;
  score: number;
}

/** Proposes which loaded table holds calls, customers and reasons, and which column plays each role. */
export function proposeMapping(profiles: readonly TableProfile[], settings: KpiSettings = DEFAULT_SETTINGS): Proposal {
  const candidates: Candidate[] = [];
  for (const profile of profiles) {
    for (const kind of TABLE_KINDS) {
      const guesses = assignColumns(kind, profile) as Record<string, ColumnGuess>;
      const score = kindScore(kind, profile, guesses);
      if (score > 0) candidates.push({ kind, profile, guesses, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  const chosen = new Map<TableKind, Candidate>();
  const usedTables = new Set<string>();
  for (const c of candidates) {
    if (chosen.has(c.kind) || usedTables.has(c.profile.table)) continue;
    chosen.set(c.kind, c);
    usedTables.add(c.profile.table);
  }
  let mapping: Mapping = { settings };
  const confidence: Partial<Record<TableKind, Confidence>> = {};
  for (const [kind, c] of chosen) {
    const columns = Object.fromEntries(Object.entries(c.guesses).map(([role, g]) => [role, g.column]));
    confidence[kind] = {
      table: Math.min(1, Number((c.score / 4).toFixed(2))),
      columns: Object.fromEntries(Object.entries(c.guesses).map(([role, g]) => [role, g.confidence])),
    };
    if (kind === 'calls') mapping = { ...mapping, calls: callsExtras(c.profile, columns) };
    else mapping = { ...mapping, [kind]: { table: c.profile.table, columns } };
  }
  return { mapping, confidence };
}

/** How much a table looks like a kind: its required roles must all be found. */
function kindScore(kind: TableKind, profile: TableProfile, guesses: Record<string, ColumnGuess>): number {
  const required = REQUIRED_ROLES[kind] as readonly string[];
  if (!required.every((role) => guesses[role])) return 0;
  const found = Object.values(guesses);
  let score = found.reduce((sum, g) => sum + g.confidence, 0);
  if (kind === 'customers') {
    const id = profile.columns.find((c) => c.name === guesses.customer_id?.column);
    // One row per customer beats one row per customer and month: the per-period table is not the customer list.
    if (id && id.distinct < id.nonEmpty) score *= 0.5;
    if (!guesses.revenue && !guesses.segment && !guesses.service_cost) score *= 0.3;
  }
  if (kind === 'reasons' && !guesses.reason && !guesses.category) return 0;
  if (kind === 'periods' && !guesses.revenue && !guesses.service_cost) return 0;
  if (kind === 'calls' && profile.rows < 2) score *= 0.5;
  return score;
}

function callsExtras(profile: TableProfile, columns: Partial<Record<RoleOf<'calls'>, string>>) {
  const byName = (name: string | undefined) => profile.columns.find((c) => c.name === name);
  const started = byName(columns.started_at);
  let timeColumn: string | undefined;
  if (started && started.timestamp < 0.5) {
    const used = new Set(Object.values(columns));
    timeColumn = profile.columns.find(
      (c) => !used.has(c.name) && c.timeOnly > 0.9 && /time|时间|时刻/.test(normalizeHeader(c.name)),
    )?.name;
  }
  return {
    table: profile.table,
    columns,
    ...(timeColumn ? { timeColumn } : {}),
    answeredValues: guessAnsweredValues(byName(columns.answered)),
    durationUnit: guessDurationUnit([byName(columns.wait_s), byName(columns.handle_s)]),
  };
}
