/**
 * Sarle's bimodality coefficient BC = (g² + 1) ÷ (k + 3(n − 1)² ÷ ((n − 2)(n − 3))), with g the sample skewness
 * and k the sample excess kurtosis (as DuckDB computes them). BC > 5/9 (a uniform distribution's value) suggests
 * two or more modes; it needs n ≥ 4.
 */
export function bimodalityCoefficient(g: number | null, k: number | null, n: number): number | null {
  if (g === null || k === null || n < 4) return null;
  const denominator = k + (3 * (n - 1) ** 2) / ((n - 2) * (n - 3));
  return denominator > 0 ? (g * g + 1) / denominator : null;
}

/** The uniform distribution's bimodality coefficient: above it, two modes are suggested. */
export const BC_THRESHOLD = 5 / 9;

/** Fewer customers than this show no shape: no modes are looked for and BC is not read as two modes. */
export const MIN_SHAPE_N = 20;

/** Density of N(mean, sd) at x. */
export function normalDensity(x: number, mean: number, sd: number): number {
  return Math.exp(-0.5 * ((x - mean) / sd) ** 2) / (sd * Math.sqrt(2 * Math.PI));
}

/** One bin of a histogram: customers and the sum of the measure in it. */
export interface Bin {
  readonly n: number;
  readonly value: number;
}

/** Two modes of a histogram and the valley between them. */
export interface Modes {
  /** Bin index of the lower and the upper peak, and of the valley between. */
  readonly lower: number;
  readonly upper: number;
  readonly valley: number;
  /** Share of customers below the valley, and above it (the valley bin counts with neither). */
  readonly lowerShare: number;
  readonly upperShare: number;
  /** Share of the total measure held by the customers above the valley. */
  readonly upperValueShare: number;
}

function smooth(counts: readonly number[]): number[] {
  return counts.map((c, i) => (c * 2 + (counts[i - 1] ?? c) + (counts[i + 1] ?? c)) / 4);
}

/**
 * Finds two modes in a histogram (read on a log scale): the two highest local maxima of the counts smoothed over
 * three bins, such that the lowest point between them is at most half the smaller peak and each side holds at
 * least `minShare` of the customers. Null when there are no such two.
 */
export function findModes(bins: readonly Bin[], totalValue: number, minShare = 0.1): Modes | null {
  const counts = smooth(bins.map((b) => b.n));
  const total = bins.reduce((s, b) => s + b.n, 0);
  if (total < MIN_SHAPE_N || bins.length < 5) return null;
  const peaks = counts
    .map((c, i) => ({ c, i }))
    .filter(({ c, i }) => c > 0 && c >= (counts[i - 1] ?? -1) && c > (counts[i + 1] ?? -1));
  let best: Modes | null = null;
  let bestDepth = 0;
  for (const a of peaks) {
    for (const b of peaks) {
      if (b.i <= a.i + 1) continue;
      let valley = a.i + 1;
      for (let i = a.i + 1; i < b.i; i++) if (counts[i]! < counts[valley]!) valley = i;
      const smaller = Math.min(a.c, b.c);
      if (counts[valley]! > 0.5 * smaller) continue;
      const below = bins.slice(0, valley).reduce((s, x) => s + x.n, 0);
      const above = bins.slice(valley + 1);
      const aboveN = above.reduce((s, x) => s + x.n, 0);
      if (below < minShare * total || aboveN < minShare * total) continue;
      const depth = smaller - counts[valley]!;
      if (depth <= bestDepth) continue;
      bestDepth = depth;
      const aboveValue = above.reduce((s, x) => s + x.value, 0);
      best = {
        lower: a.i,
        upper: b.i,
        valley,
        lowerShare: below / total,
        upperShare: aboveN / total,
        upperValueShare: totalValue !== 0 ? aboveValue / totalValue : 0,
      };
    }
  }
  return best;
}

/** The evidence a polarisation verdict rests on. */
export interface Evidence {
  readonly n: number;
  readonly top20Share: number | null;
  readonly gini: number | null;
  readonly bimodality: number | null;
  readonly modes: Modes | null;
}

export type VerdictLevel = 'polarised' | 'concentrated' | 'even' | 'none';

/**
 * The verdict (none under 5 customers): "polarised" when the top 20% hold at least half of the total and the log-scale histogram has two
 * modes (or BC > 5/9); "concentrated" when the top 20% hold at least half without two modes; else "even".
 */
export function verdictLevel(e: Evidence): VerdictLevel {
  if (e.n < 5 || e.top20Share === null) return 'none';
  const twoModes = e.n >= MIN_SHAPE_N && (e.modes !== null || (e.bimodality !== null && e.bimodality > BC_THRESHOLD));
  if (e.top20Share >= 0.5 && twoModes) return 'polarised';
  if (e.top20Share >= 0.5) return 'concentrated';
  return 'even';
}
