/**
 * Seeded pseudo-random numbers (mulberry32). Every random choice in the
 * generator goes through an Rng made here, so output is byte-identical on
 * every run: no Math.random, no clock.
 */

/** One mulberry32 step function: returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a label, used to derive independent sub-streams. */
export function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export class Rng {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** A new independent stream derived from a base seed and a label. */
  static derive(seed: number, label: string): Rng {
    return new Rng((seed ^ hashLabel(label)) >>> 0);
  }

  /** Uniform float in [0, 1). */
  float(): number {
    return this.next();
  }

  /** Uniform float in [lo, hi). */
  range(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }

  /** Uniform integer in [lo, hi] (both inclusive). */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** Index drawn with probability proportional to weights[i]. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] ?? 0;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  /** Standard normal draw (Box-Muller). */
  normal(mean = 0, sd = 1): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal draw with the given median and log-scale sd. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(this.normal(0, sigma));
  }

  /** Non-negative integer count around a mean, over-dispersed by `spread`. */
  count(mean: number, spread = 1): number {
    if (mean <= 0) return 0;
    return Math.max(0, Math.round(this.normal(mean, Math.sqrt(mean) * spread)));
  }

  /** k distinct indices out of n, in drawn order. */
  sample(n: number, k: number): number[] {
    const idx = Array.from({ length: n }, (_, i) => i);
    const out: number[] = [];
    for (let i = 0; i < k && i < n; i++) {
      const j = i + Math.floor(this.next() * (n - i));
      const a = idx[i] ?? 0;
      const b = idx[j] ?? 0;
      idx[i] = b;
      idx[j] = a;
      out.push(b);
    }
    return out;
  }
}

/** Cumulative weights for fast repeated weighted picks (binary search). */
export class WeightedTable {
  private readonly cumulative: number[];
  readonly total: number;

  constructor(weights: readonly number[]) {
    this.cumulative = [];
    let acc = 0;
    for (const w of weights) {
      acc += w;
      this.cumulative.push(acc);
    }
    this.total = acc;
  }

  draw(rng: Rng): number {
    const r = rng.float() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] ?? 0) > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
