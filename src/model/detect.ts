import type { ColumnGuess } from './detect-columns';
import { assignColumns } from './detect-columns';
import { DEFAULT_SETTINGS, type KpiSettings, type Mapping } from './mapping';
import type { TableProfile } from './profile';
import { REQUIRED_ROLES, TABLE_KINDS, type RoleOf, type TableKind } from './roles';
import { guessAnsweredValues, guessDurationUnit, guessNotOfferedValues } from './value-rules';

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

/** How well a header says "when the caller entered the system or the queue"; exits and ends say the opposite. */
function arrivalScore(header: string): number {
  const name = header.normalize('NFKC').toLowerCase();
  if (/exit|end|leave|finish|结束|离开|挂断/.test(name)) return 0;
  // Durations written hh:mm:ss look like times of day: their headers tell them apart.
  if (
    /dur|length|wait|hold|talk|(ser|q|vru|ring|handle)_?time|时长|等待|耗时/.test(name) &&
    !/start|entry|进入|开始/.test(name)
  )
    return 0;
  if (/entry|enter|arriv|进入|呼入|来电|到达/.test(name)) return 4;
  if (/q_?start|queue|排队/.test(name)) return 3;
  if (/start|begin|开始/.test(name)) return 2;
  if (/time|时间|时刻/.test(name)) return 1;
  return 0.5;
}

/**
 * The column holding the time of day when `started_at` holds only dates: found by its values (hh:mm:ss), not only
 * by its header, preferring the moment the caller entered the system or the queue.
 */
function guessTimeColumn(profile: TableProfile, columns: Partial<Record<string, string>>): string | undefined {
  const used = new Set(Object.values(columns));
  const times = profile.columns.filter((c) => !used.has(c.name) && c.timeOnly > 0.9 && arrivalScore(c.name) > 0);
  return times.sort((a, b) => arrivalScore(b.name) - arrivalScore(a.name) || b.nonEmpty - a.nonEmpty)[0]?.name;
}

function callsExtras(profile: TableProfile, columns: Partial<Record<RoleOf<'calls'>, string>>) {
  const byName = (name: string | undefined) => profile.columns.find((c) => c.name === name);
  const started = byName(columns.started_at);
  const timeColumn = started && started.timestamp < 0.5 ? guessTimeColumn(profile, columns) : undefined;
  const answeredValues = guessAnsweredValues(byName(columns.answered));
  const notOffered = guessNotOfferedValues(byName(columns.answered), answeredValues);
  return {
    table: profile.table,
    columns,
    ...(timeColumn ? { timeColumn } : {}),
    answeredValues,
    ...(notOffered.length ? { notOfferedValues: notOffered } : {}),
    durationUnit: guessDurationUnit([byName(columns.wait_s), byName(columns.handle_s)]),
  };
}
