import type { Cell, QueryResult } from '../../engine/engine';

/**
 * Each reason's contribution to a change between a baseline and a target: volume per active hour (Δ = Σ Δᵢ), and the
 * answer rate R = Σ wᵢ rᵢ split exactly (Kitagawa, symmetric) into mix (w₁ᵢ − w₀ᵢ)(r̄ᵢ − R̄) and rate (r₁ᵢ − r₀ᵢ)w̄ᵢ,
 * bars meaning averages of both sides. The mix term is centred on the overall rate R̄ (Σ(w₁ − w₀) = 0, so the sum is
 * unchanged): a reason whose share rose pulls the rate down only if it answers worse than average. A reason absent
 * on one side takes the other side's rate there (no rate effect). Kept here until the shared change builders land
 * (`analyses/common/change/`); the names match so they can be swapped.
 */
export interface ReasonContribution {
  readonly reason: string | null;
  readonly code: string | null;
  readonly n1: number;
  readonly n0: number;
  readonly share1: number;
  readonly share0: number;
  /** Volume per active hour, target minus baseline. */
  readonly volume: number;
  readonly mix: number;
  readonly rate: number;
  readonly rate1: number | null;
  readonly rate0: number | null;
}

export interface ChangeExplained {
  readonly volume1: number;
  readonly volume0: number;
  readonly rate1: number | null;
  readonly rate0: number | null;
  readonly reasons: readonly ReasonContribution[];
}

const num = (v: Cell | undefined): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const text = (v: Cell | undefined): string | null => (typeof v === 'string' ? v : null);

export interface ContributionInput {
  readonly reason: string | null;
  readonly code: string | null;
  readonly n1: number;
  readonly a1: number;
  readonly n0: number;
  readonly a0: number;
}

export function kitagawaByReason(rows: readonly ContributionInput[], e1: number, e0: number): ChangeExplained {
  const N1 = rows.reduce((s, r) => s + r.n1, 0);
  const N0 = rows.reduce((s, r) => s + r.n0, 0);
  const A1 = rows.reduce((s, r) => s + r.a1, 0);
  const A0 = rows.reduce((s, r) => s + r.a0, 0);
  const R1 = N1 > 0 ? A1 / N1 : null;
  const R0 = N0 > 0 ? A0 / N0 : null;
  const Rbar = R1 !== null && R0 !== null ? (R1 + R0) / 2 : 0;
  const both = R1 !== null && R0 !== null;
  const reasons = rows.map((r) => {
    const w1 = N1 > 0 ? r.n1 / N1 : 0;
    const w0 = N0 > 0 ? r.n0 / N0 : 0;
    const own1 = r.n1 > 0 ? r.a1 / r.n1 : null;
    const own0 = r.n0 > 0 ? r.a0 / r.n0 : null;
    const r1 = own1 ?? own0 ?? 0;
    const r0 = own0 ?? own1 ?? 0;
    return {
      reason: r.reason,
      code: r.code,
      n1: r.n1,
      n0: r.n0,
      share1: w1,
      share0: w0,
      volume: (e1 > 0 ? r.n1 / e1 : 0) - (e0 > 0 ? r.n0 / e0 : 0),
      mix: both ? (w1 - w0) * ((r1 + r0) / 2 - Rbar) : 0,
      rate: both ? (r1 - r0) * ((w1 + w0) / 2) : 0,
      rate1: own1,
      rate0: own0,
    };
  });
  return { volume1: e1 > 0 ? N1 / e1 : 0, volume0: e0 > 0 ? N0 / e0 : 0, rate1: R1, rate0: R0, reasons };
}

/** Reads `spikeSql` and explains the change. */
export function readSpike(result: QueryResult): ChangeExplained {
  const first = result.rows[0];
  const rows = result.rows.map((r) => ({
    reason: text(r.reason),
    code: text(r.code),
    n1: num(r.n1),
    a1: num(r.a1),
    n0: num(r.n0),
    a0: num(r.a0),
  }));
  return kitagawaByReason(rows, num(first?.e1), num(first?.e0));
}
