import { kpiSql, repeatBase, type KpiDefinitions, type KpiId } from '../../../metrics';
import { sql, type Fragment } from '../../../sql';

/**
 * The KPIs a change can be taken apart for: each is either a count (additive over segments) or a ratio whose
 * denominator is a count of calls, so a segment's value times its weight adds up to the whole. A repeat rate's
 * denominator is the identified customers' offered calls whose repeat window closed inside the data (DOMAIN.md):
 * each call is in it or not whatever the grouping, so it splits like the others; buckets in the last N days have
 * no denominator and no value.
 */
export const DECOMPOSABLE_KPIS = [
  'offered',
  'answered',
  'abandoned',
  'answer_rate',
  'abandon_rate',
  'service_level',
  'asa_s',
  'aht_s',
  'resolution_rate',
  'repeat_rate',
  'repeat_rate_any',
  'cost_per_contact',
] as const satisfies readonly KpiId[];
export type DecomposableKpi = (typeof DECOMPOSABLE_KPIS)[number];

/** Counts add up over segments; the others are ratios. */
export function isAdditive(id: DecomposableKpi): boolean {
  return id === 'offered' || id === 'answered' || id === 'abandoned';
}

/**
 * The aggregate a ratio KPI averages over (its denominator): offered calls for the shares of offered calls,
 * answered calls for the per-answered KPIs, the calls whose repeat window closed for the repeat rates. A count's
 * weight is the count of offered calls (used only for support).
 */
export function kpiWeightSql(id: DecomposableKpi, d: KpiDefinitions): Fragment {
  switch (id) {
    case 'repeat_rate':
    case 'repeat_rate_any':
      return sql`count(*) filter (where ${repeatBase(d)})`;
    case 'asa_s':
    case 'aht_s':
    case 'resolution_rate':
    case 'cost_per_contact':
      return kpiSql('answered', d);
    default:
      return kpiSql('offered', d);
  }
}

/** One cell of a KPI: its value and weight, as a query returns them. */
export interface KpiCell {
  /** The KPI over the cell (a count, or a ratio; null when its denominator is zero). */
  readonly value: number | null;
  /** The ratio's denominator (offered or answered calls). */
  readonly weight: number;
}

/** The parts a KPI recombines from: Σ numerator and Σ weight (a count's numerator is the count itself). */
export interface KpiSum {
  readonly num: number;
  readonly weight: number;
}

export const EMPTY_SUM: KpiSum = { num: 0, weight: 0 };

/** A cell as recombinable parts. */
export function cellSum(additive: boolean, cell: KpiCell): KpiSum {
  const value = cell.value ?? 0;
  return { num: additive ? value : value * cell.weight, weight: cell.weight };
}

export function addSums(a: KpiSum, b: KpiSum): KpiSum {
  return { num: a.num + b.num, weight: a.weight + b.weight };
}

export function subtractSums(a: KpiSum, b: KpiSum): KpiSum {
  return { num: a.num - b.num, weight: a.weight - b.weight };
}

/** The KPI of recombined parts: the count, or Σ numerator ÷ Σ weight (null when no weight is left). */
export function sumValue(additive: boolean, s: KpiSum): number | null {
  if (additive) return s.num;
  return s.weight > 1e-9 ? s.num / s.weight : null;
}
