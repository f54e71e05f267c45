import type { ColumnProfile } from './profile';
import type { ValueKind } from './roles';

const TIMESTAMP_TYPES = /^TIMESTAMP/;
const NUMBER_TYPES =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|REAL|DECIMAL)/;

/** How well a column's values fit what a role expects, from 0 (not at all) to 1. */
export function valueFit(kind: ValueKind, p: ColumnProfile): number {
  if (p.nonEmpty === 0) return 0.3;
  const numeric = NUMBER_TYPES.test(p.type) ? 1 : p.numeric;
  switch (kind) {
    case 'timestamp':
      if (TIMESTAMP_TYPES.test(p.type)) return 1;
      // A date alone still fits: a separate time column may complete it.
      return Math.max(p.timestamp, p.type === 'DATE' ? 0.7 : 0.7 * p.dateOnly);
    case 'date':
      return p.type === 'DATE' || TIMESTAMP_TYPES.test(p.type) ? 1 : Math.max(p.dateOnly, p.timestamp);
    case 'boolean':
      if (p.type === 'BOOLEAN') return 1;
      // Outcome columns hold a few words (ANSWERED/ABANDONED, 接通/放弃) rather than yes/no.
      return Math.max(p.boolean, p.distinct >= 2 && p.distinct <= 8 && numeric < 0.5 ? 0.8 : 0);
    case 'duration':
      return Math.max(numeric, p.timeOnly);
    case 'number':
      return numeric;
    case 'period':
      return Math.max(p.period, p.type === 'DATE' ? 0.8 : 0);
    case 'id':
      if (p.timestamp > 0.5 || p.dateOnly > 0.5) return 0.1;
      return p.avgLength <= 40 ? 1 : 0.4;
    case 'text':
      if (p.timestamp > 0.5 || p.dateOnly > 0.5) return 0.2;
      return numeric > 0.9 ? 0.5 : 1;
  }
}
