import type { Concentration, Histogram, Moments } from './read-distribution';
import { BC_THRESHOLD, bimodalityCoefficient, findModes, verdictLevel, type Evidence } from './stats';

/** Bins of the log-scale histogram the modes are looked for in. */
export const MODE_BINS = 24;

/** The evidence for the verdict: concentration, and BC and modes on the log of the positive values. */
export function evidenceOf(moments: Moments, concentration: Concentration, logHistogram: Histogram): Evidence {
  return {
    n: moments.n,
    top20Share: concentration.top20Share,
    gini: concentration.gini,
    bimodality: bimodalityCoefficient(moments.logSkewness, moments.logKurtosis, moments.logN),
    modes: findModes(logHistogram.bins, moments.total ?? 0),
  };
}

/** A verdict as a message key and its figures (shares as fractions; the panel formats them). */
export interface Verdict {
  readonly key: string;
  readonly level: ReturnType<typeof verdictLevel>;
  readonly figures: Readonly<Record<string, number>>;
}

/**
 * The polarisation verdict in one sentence with its evidence: who holds how much (the upper mode when there
 * are two, else the top 20%), the modes and their shares, and the bimodality coefficient against 5/9.
 */
export function verdictOf(e: Evidence): Verdict {
  const level = verdictLevel(e);
  const bc = e.bimodality;
  const base = { top20: e.top20Share ?? 0, gini: e.gini ?? 0, bc: bc ?? 0, threshold: BC_THRESHOLD };
  if (level === 'polarised' && e.modes) {
    const m = e.modes;
    return {
      key: bc !== null && bc > BC_THRESHOLD ? 'value.verdict.polarisedModesBc' : 'value.verdict.polarisedModes',
      level,
      figures: { ...base, customers: m.upperShare, value: m.upperValueShare, lower: m.lowerShare, upper: m.upperShare },
    };
  }
  if (level === 'polarised') return { key: 'value.verdict.polarisedBc', level, figures: base };
  if (level === 'concentrated') return { key: 'value.verdict.concentrated', level, figures: base };
  if (level === 'even') return { key: 'value.verdict.even', level, figures: base };
  return { key: 'value.verdict.none', level, figures: base };
}
