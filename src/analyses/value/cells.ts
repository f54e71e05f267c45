import type { Cell, QueryResult } from '../../engine/engine';

/** A result cell as a finite number, else null. */
export function num(cell: Cell | undefined): number | null {
  return typeof cell === 'number' && Number.isFinite(cell) ? cell : null;
}

/** A result cell as a number, 0 when empty. */
export function count(cell: Cell | undefined): number {
  return num(cell) ?? 0;
}

/** A result cell as text, else null. */
export function str(cell: Cell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

/** The first row of a result, or an empty row. */
export function first(result: QueryResult): Record<string, Cell> {
  return result.rows[0] ?? {};
}
