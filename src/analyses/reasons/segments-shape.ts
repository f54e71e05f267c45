import type { QueryResult } from '../../engine/engine';
import type { SegmentLens } from './segments-sql';

/** One customer group of a lens: its calls, their handle hours and cost, and its reasons by calls (most first). */
export interface SegmentGroup {
  readonly group: string;
  readonly n: number;
  /** Answered handle time, hours. */
  readonly hours: number;
  readonly cost: number | null;
  readonly reasons: readonly { readonly reason: string | null; readonly n: number; readonly cost: number | null }[];
}

/** The groups of one lens from `segmentsSql` rows, most calls first; calls in no group are left out. */
export function readSegmentGroups(result: QueryResult, lens: SegmentLens): SegmentGroup[] {
  const out = new Map<string, SegmentGroup>();
  for (const r of result.rows) {
    if (r.lens !== lens || typeof r.group !== 'string') continue;
    const g = out.get(r.group) ?? { group: r.group, n: 0, hours: 0, cost: null, reasons: [] };
    const n = Number(r.n);
    const cost = typeof r.cost === 'number' ? r.cost : null;
    out.set(r.group, {
      group: r.group,
      n: g.n + n,
      hours: g.hours + Number(r.handle_h),
      cost: cost === null ? g.cost : (g.cost ?? 0) + cost,
      reasons: [...g.reasons, { reason: typeof r.reason === 'string' ? r.reason : null, n, cost }],
    });
  }
  return [...out.values()].sort((a, b) => b.n - a.n || a.group.localeCompare(b.group));
}
