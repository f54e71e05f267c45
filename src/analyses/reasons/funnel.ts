/**
 * Funnel plot limits (Spiegelhalter 2005): each reason's share of its own contacts that fall in the recent window,
 * against its volume. Without a change every reason would split like all contacts do (p̄ = n1 ÷ (n1 + n0)); limits
 * p̄ ± z·√(φ·p̄(1 − p̄) ÷ m), φ the overdispersion from the reasons' 10%-winsorised z-scores (at least 1).
 */
export interface FunnelPoint {
  readonly volume: number;
  readonly share: number;
}

export interface Funnel {
  readonly target: number;
  readonly phi: number;
  /** Limit pairs at volume m for z = 1.96 (95%) and 3.09 (99.8%). */
  readonly limits: (m: number) => { inner: [number, number]; outer: [number, number] };
}

function winsorise(values: readonly number[], fraction: number): number[] {
  if (values.length < 3) return [...values];
  const sorted = [...values].sort((a, b) => a - b);
  const low = sorted[Math.floor(fraction * (sorted.length - 1))]!;
  const high = sorted[Math.ceil((1 - fraction) * (sorted.length - 1))]!;
  return values.map((v) => Math.min(high, Math.max(low, v)));
}

export function funnel(points: readonly FunnelPoint[], target: number): Funnel {
  const spread = (m: number) => Math.sqrt((target * (1 - target)) / m);
  const zs = points.filter((p) => p.volume > 0).map((p) => (p.share - target) / spread(p.volume));
  const w = winsorise(zs, 0.1);
  const phi = w.length > 1 ? Math.max(1, w.reduce((s, z) => s + z * z, 0) / w.length) : 1;
  const clip = (v: number) => Math.min(1, Math.max(0, v));
  const at = (z: number, m: number): [number, number] => {
    const half = z * Math.sqrt(phi) * spread(m);
    return [clip(target - half), clip(target + half)];
  };
  return { target, phi, limits: (m) => ({ inner: at(1.959964, m), outer: at(3.090232, m) }) };
}
