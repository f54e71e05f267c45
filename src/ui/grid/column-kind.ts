import type { Cell } from '../../engine/engine';

/** A column's type as a user thinks of it. */
export type ColumnKind = 'text' | 'integer' | 'decimal' | 'date' | 'datetime' | 'time' | 'boolean' | 'other';

export interface GridColumn {
  readonly name: string;
  readonly kind: ColumnKind;
  /** The engine's own type name, e.g. `TIMESTAMP`, for a tooltip. */
  readonly type: string;
}

/** The kind of a DuckDB type name as `DESCRIBE` prints it. */
export function kindOf(type: string): ColumnKind {
  const t = type.toUpperCase();
  if (/^(VARCHAR|TEXT|STRING|CHAR|UUID|ENUM)/.test(t)) return 'text';
  if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$/.test(t))
    return 'integer';
  if (/^(DOUBLE|FLOAT|REAL|DECIMAL)/.test(t)) return 'decimal';
  if (t === 'DATE') return 'date';
  if (t.startsWith('TIMESTAMP')) return 'datetime';
  if (t.startsWith('TIME')) return 'time';
  if (t === 'BOOLEAN') return 'boolean';
  return 'other';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A time of day from microseconds since midnight (how Arrow hands DuckDB's TIME). */
function timeOfDay(micros: number): string {
  const seconds = Math.floor(micros / 1e6);
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

/** A cell as the text the grid shows; null stays null (shown as a muted mark). Never markup. */
export function cellText(value: Cell, kind: ColumnKind, words: { yes: string; no: string }): string | null {
  if (value === null) return null;
  if (value instanceof Date) {
    const iso = value.toISOString();
    return kind === 'date' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  }
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') {
    if (kind === 'time') return timeOfDay(value);
    if (kind === 'decimal') return String(Math.round(value * 10_000) / 10_000);
    return String(value);
  }
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
