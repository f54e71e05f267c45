import type { Cell, QueryResult } from '../../engine/engine';
import type { Finding } from '../common/findings/finding';
import type { Say } from './emerging-shape';

const num = (v: Cell | undefined): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

export interface Candidate {
  readonly term: string;
  readonly x1: number;
  readonly x0: number;
  /** Share of the recent uncovered calls with notes ÷ the baseline's (0.5 added to each count), > 1: growing. */
  readonly growth: number;
}

/** Reads `candidatesSql`, ranked by growth, then by recent calls. */
export function readCandidates(result: QueryResult): Candidate[] {
  const first = result.rows[0];
  const n1 = num(first?.n1);
  const n0 = num(first?.n0);
  return result.rows
    .map((r) => {
      const x1 = num(r.x1);
      const x0 = num(r.x0);
      return { term: String(r.term), x1, x0, growth: (x1 + 0.5) / (n1 + 1) / ((x0 + 0.5) / (n0 + 1)) };
    })
    .sort((a, b) => b.growth - a.growth || b.x1 - a.x1 || a.term.localeCompare(b.term));
}

/** The top candidates seen at least 5 times recently, each proposed as a new reason or tag. */
export function candidateFindings(candidates: readonly Candidate[], say: Say, limit = 5): Finding[] {
  return candidates
    .filter((c) => c.x1 >= 5)
    .slice(0, limit)
    .map((c) => ({
      kind: 'candidate' as const,
      dimension: 'notes',
      segment: c.term,
      effect: c.growth,
      support: c.x1,
      sentence: say('reasons.finding.candidate', { term: c.term, x1: c.x1, x0: c.x0, growth: c.growth.toFixed(1) }),
    }));
}
