import type { Cell, QueryResult } from '../../engine/engine';
import { REPEAT_WINDOWS } from './matrix-sql';

const num = (v: Cell | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const text = (v: Cell | undefined): string | null => (typeof v === 'string' ? v : null);

/** The matrix's columns, in the order shown; each a number or null (a rate with no denominator). */
export const MATRIX_COLUMNS = [
  'offered',
  'share',
  'answer_rate',
  'aht_s',
  'asa_s',
  'resolution_rate',
  ...REPEAT_WINDOWS.flatMap((n) => [`repeat_same_${n}`, `repeat_any_${n}`] as const),
  'satisfaction',
  'cost',
  'repeat_cost',
  'total_cost',
] as const;
export type MatrixColumn = (typeof MATRIX_COLUMNS)[number];

/** One reason (or category) with its volume, share, rank, cumulative share and KPIs. */
export interface ReasonRow {
  /** The reason's name as the calls carry it (merges followed); null: calls with no reason. */
  readonly reason: string | null;
  /** The raw code the reason is known by (a merged code counts under its target). */
  readonly code: string | null;
  readonly category: string | null;
  readonly rank: number;
  /** Share of offered calls of the reasons ranked at or above this one. */
  readonly cumulative: number;
  readonly answered: number;
  readonly handleSeconds: number;
  /** Repeat contacts this reason's calls were followed by within the repeat window (same reason). */
  readonly repeats: number;
  readonly values: Readonly<Record<MatrixColumn, number | null>>;
}

export interface ReasonTable {
  readonly offered: number;
  /** Share of offered calls whose reason is unmapped or "other". */
  readonly coverage: number | null;
  readonly reasons: readonly ReasonRow[];
  readonly categories: readonly ReasonRow[];
  readonly all: ReasonRow | null;
}

function readRow(row: Record<string, Cell>, total: number, rank: number, cumulative: number): ReasonRow {
  const offered = num(row.offered) ?? 0;
  const cost = num(row.cost);
  const repeats = num(row.repeats) ?? 0;
  // A repeat costs what an average contact of the same reason costs.
  const repeatCost = cost === null || offered === 0 ? null : (repeats * cost) / offered;
  const values: Record<string, number | null> = {
    offered,
    share: total > 0 ? offered / total : null,
    satisfaction: num(row.satisfaction),
    cost,
    repeat_cost: repeatCost,
    total_cost: cost === null || repeatCost === null ? null : cost + repeatCost,
  };
  for (const column of MATRIX_COLUMNS) if (!(column in values)) values[column] = num(row[column]);
  return {
    reason: text(row.reason),
    code: text(row.code),
    category: text(row.category),
    rank,
    cumulative,
    answered: num(row.answered) ?? 0,
    handleSeconds: num(row.handle_s) ?? 0,
    repeats,
    values: values as Record<MatrixColumn, number | null>,
  };
}

function ranked(rows: readonly Record<string, Cell>[], total: number): ReasonRow[] {
  const sorted = [...rows].sort(
    (a, b) => (num(b.offered) ?? 0) - (num(a.offered) ?? 0) || String(a.reason).localeCompare(String(b.reason)),
  );
  let running = 0;
  return sorted.map((row, i) => {
    running += num(row.offered) ?? 0;
    return readRow(row, total, i + 1, total > 0 ? running / total : 0);
  });
}

/** Reads `matrixSql`: reasons and categories ranked by volume, with shares of all offered calls and coverage. */
export function readReasonTable(result: QueryResult): ReasonTable {
  const allRow = result.rows.find((r) => r.level === 'all');
  const total = num(allRow?.offered) ?? 0;
  return {
    offered: total,
    coverage: total > 0 ? (num(allRow?.uncovered_n) ?? 0) / total : null,
    reasons: ranked(
      result.rows.filter((r) => r.level === 'reason'),
      total,
    ),
    categories: ranked(
      result.rows.filter((r) => r.level === 'category').map((r) => ({ ...r, reason: r.category ?? null })),
      total,
    ),
    all: allRow ? readRow(allRow, total, 0, 1) : null,
  };
}
