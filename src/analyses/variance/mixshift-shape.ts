import type { Cell, QueryResult } from '../../engine/engine';

/** A customer's basic-question share and reason mix before and within the recent window. */
export interface CustomerMix {
  readonly customer: string;
  readonly nBase: number;
  readonly nRecent: number;
  readonly basicBase: number;
  readonly basicRecent: number;
  readonly shareBase: number;
  readonly shareRecent: number;
  /** shareRecent − shareBase. */
  readonly rise: number;
  /** One-sided two-proportion z of the rise (pooled). */
  readonly z: number;
  /** Jensen–Shannon divergence of the two reason mixes (base 2: 0 same mix, 1 no reason in common). */
  readonly jsd: number;
}

const num = (v: Cell | undefined): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** Two-proportion z with a pooled proportion; 0 when it cannot be computed. */
export function twoProportionZ(x1: number, n1: number, x0: number, n0: number): number {
  if (n1 <= 0 || n0 <= 0) return 0;
  const pooled = (x1 + x0) / (n1 + n0);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n0));
  return se > 0 ? (x1 / n1 - x0 / n0) / se : 0;
}

/** Jensen–Shannon divergence (base 2) of two distributions over the same keys, for tests and small mixes. */
export function jensenShannon(p: readonly number[], q: readonly number[]): number {
  let out = 0;
  p.forEach((pi, i) => {
    const qi = q[i] ?? 0;
    const m = (pi + qi) / 2;
    if (pi > 0) out += 0.5 * pi * Math.log2(pi / m);
    if (qi > 0) out += 0.5 * qi * Math.log2(qi / m);
  });
  return out;
}

/** Reads `mixShiftSql`, with the recent window's first day. */
export function readMixShift(result: QueryResult): { from: string | null; customers: CustomerMix[] } {
  const customers = result.rows.map((r) => {
    const nBase = num(r.n_base);
    const nRecent = num(r.n_recent);
    const basicBase = num(r.basic_base);
    const basicRecent = num(r.basic_recent);
    const shareBase = nBase ? basicBase / nBase : 0;
    const shareRecent = nRecent ? basicRecent / nRecent : 0;
    return {
      customer: String(r.customer_id),
      nBase,
      nRecent,
      basicBase,
      basicRecent,
      shareBase,
      shareRecent,
      rise: shareRecent - shareBase,
      z: twoProportionZ(basicRecent, nRecent, basicBase, nBase),
      jsd: num(r.jsd),
    };
  });
  const from = result.rows[0]?.recent_from;
  return { from: typeof from === 'string' ? from : null, customers };
}

/** Smallest z a rise needs (one-sided 5%): not a customer's few calls by chance. */
export const SHIFT_Z = 1.645;

/** Customers whose basic share rose by at least `minRise` with a clear signal, largest rise first. */
export function shiftedCustomers(all: readonly CustomerMix[], minRise: number): CustomerMix[] {
  return all.filter((c) => c.rise >= minRise && c.z >= SHIFT_Z).sort((a, b) => b.rise - a.rise || b.z - a.z);
}

/** The default basic reasons: those whose label reads like a basic question (the sample's R02, R10, R14). */
const BASIC_PATTERN = /where is my bill|password|how to use|账单在哪|密码|使用方法/i;

export function defaultBasicReasons(options: readonly { code: string; label: string }[]): string[] {
  return options.filter((o) => BASIC_PATTERN.test(o.label) || BASIC_PATTERN.test(o.code)).map((o) => o.code);
}
