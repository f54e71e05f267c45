/**
 * The honest test of ANALYSES.md §3.2: a reason's share in the recent window against the baseline as a risk ratio
 * with a 95% CI (log scale), a pooled two-proportion z-test, and Benjamini–Hochberg q-values across reasons.
 */

/** Standard normal CDF (Abramowitz & Stegun 26.2.17, error < 7.5e-8). */
export function normalCdf(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  const tail = Math.exp((-z * z) / 2) * 0.3989422804014327 * poly;
  return z >= 0 ? 1 - tail : tail;
}

export interface ShareTest {
  readonly share1: number;
  readonly share0: number;
  /** Risk ratio share1 ÷ share0 (0.5 added to each cell when a count is 0). */
  readonly rr: number;
  readonly low: number;
  readonly high: number;
  /** Two-sided p of the pooled two-proportion z-test. */
  readonly p: number;
}

/** Reason count x of n contacts, recent (1) against baseline (0). */
export function shareTest(x1: number, n1: number, x0: number, n0: number): ShareTest | null {
  if (n1 <= 0 || n0 <= 0) return null;
  const share1 = x1 / n1;
  const share0 = x0 / n0;
  const zero = x1 === 0 || x0 === 0 || x1 === n1 || x0 === n0;
  const [a, m, b, k] = zero ? [x1 + 0.5, n1 + 1, x0 + 0.5, n0 + 1] : [x1, n1, x0, n0];
  const rr = a / m / (b / k);
  const se = Math.sqrt(1 / a - 1 / m + 1 / b - 1 / k);
  const pooled = (x1 + x0) / (n1 + n0);
  const spread = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n0));
  const z = spread > 0 ? (share1 - share0) / spread : 0;
  return {
    share1,
    share0,
    rr,
    low: Math.exp(Math.log(rr) - 1.959964 * se),
    high: Math.exp(Math.log(rr) + 1.959964 * se),
    p: 2 * (1 - normalCdf(Math.abs(z))),
  };
}

/** Benjamini–Hochberg q-values, in the order of the p-values given. */
export function bhQ(ps: readonly number[]): number[] {
  const m = ps.length;
  const order = ps.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const q = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const { p, i } = order[rank - 1]!;
    running = Math.min(running, (p * m) / rank);
    q[i] = running;
  }
  return q;
}

/** How sure a finding is, in words rather than a p-value. */
export type Confidence = 'clear' | 'likely' | 'chance';

export function confidence(q: number): Confidence {
  if (q < 0.01) return 'clear';
  if (q < 0.05) return 'likely';
  return 'chance';
}
