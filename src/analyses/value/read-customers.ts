import type { QueryResult } from '../../engine/engine';
import { count, first, num, str } from './cells';

/** One VIP and why it qualifies. */
export interface Vip {
  readonly customerId: string;
  readonly name: string | null;
  readonly revenue: number | null;
  readonly cost: number | null;
  readonly x: number;
  readonly z: number | null;
  readonly robust: number | null;
  readonly rank: number;
  readonly n: number;
}

export interface VipList {
  readonly count: number;
  readonly mean: number | null;
  readonly sd: number | null;
  readonly median: number | null;
  readonly mad: number | null;
  readonly vips: readonly Vip[];
}

export function readVips(result: QueryResult): VipList {
  const r = first(result);
  return {
    count: count(r.vip_count),
    mean: num(r.mean),
    sd: num(r.sd),
    median: num(r.med),
    mad: num(r.mad),
    vips: result.rows.map((row) => ({
      customerId: str(row.customer_id) ?? '',
      name: str(row.name),
      revenue: num(row.revenue),
      cost: num(row.cost),
      x: count(row.x),
      z: num(row.z),
      robust: num(row.robust),
      rank: count(row.rk),
      n: count(row.n),
    })),
  };
}

export interface ScatterPoint {
  readonly customerId: string;
  readonly revenue: number;
  readonly cost: number;
  readonly vip: boolean;
}

export function readScatter(result: QueryResult): ScatterPoint[] {
  return result.rows.map((r) => ({
    customerId: str(r.customer_id) ?? '',
    revenue: count(r.revenue),
    cost: count(r.cost),
    vip: r.vip === true,
  }));
}

/** One row of the customer value table. */
export interface ValueRow {
  readonly customerId: string;
  readonly name: string | null;
  readonly revenue: number | null;
  readonly cost: number | null;
  readonly net: number | null;
  readonly ratio: number | null;
  readonly noCost: boolean;
  readonly contacts: number;
  readonly handleMin: number;
  readonly tenureDays: number | null;
  readonly segment: string | null;
  readonly tier: string | null;
}

export function readValueRows(result: QueryResult): ValueRow[] {
  return result.rows.map((r) => ({
    customerId: str(r.customer_id) ?? '',
    name: str(r.name),
    revenue: num(r.revenue),
    cost: num(r.cost),
    net: num(r.net),
    ratio: num(r.ratio),
    noCost: r.no_cost === true,
    contacts: count(r.contacts),
    handleMin: count(r.handle_min),
    tenureDays: num(r.tenure_days),
    segment: str(r.segment),
    tier: str(r.tier),
  }));
}

/** `kindsSummarySql`'s row. */
export interface KindsSummary {
  readonly customers: number;
  readonly sustained: number | null;
  readonly sustainedNet: number | null;
  readonly potential: number;
  readonly potentialNet: number | null;
  readonly isNew: number;
  readonly comeback: number;
  readonly improver: number;
  readonly improverNet: number | null;
}

export function readKinds(result: QueryResult, hasPeriods: boolean): KindsSummary {
  const r = first(result);
  return {
    customers: count(r.customers),
    sustained: hasPeriods ? count(r.sustained) : null,
    sustainedNet: num(r.sustained_net),
    potential: count(r.potential),
    potentialNet: num(r.potential_net),
    isNew: count(r.is_new),
    comeback: count(r.comeback),
    improver: count(r.improver),
    improverNet: num(r.improver_net),
  };
}

export interface MatrixCell {
  readonly axis: 'segment' | 'kind';
  readonly row: string;
  readonly tier: string;
  readonly n: number;
  readonly net: number;
}

export function readMatrix(result: QueryResult): MatrixCell[] {
  return result.rows.map((r) => ({
    axis: r.axis === 'kind' ? 'kind' : 'segment',
    row: str(r.row) ?? '',
    tier: str(r.tier) ?? '',
    n: count(r.n),
    net: count(r.net),
  }));
}

export interface ReasonOption {
  readonly level: 'category' | 'reason';
  readonly value: string;
  readonly n: number;
}

export function readReasonOptions(result: QueryResult): ReasonOption[] {
  return result.rows.map((r) => ({
    level: r.level === 'category' ? 'category' : 'reason',
    value: str(r.value) ?? '',
    n: count(r.n),
  }));
}

// Names of complaint, defect, feedback and suggestion reasons in English and Chinese.
const IMPROVER_NAME = /complain|feedback|suggest|defect|fault report|投诉|建议|反馈|缺陷|意见/i;

/**
 * The default improver reason set: the reason categories named like complaints, feedback or suggestions, else
 * the reasons so named.
 */
export function defaultImproverReasons(options: readonly ReasonOption[]): string[] {
  const categories = options.filter((o) => o.level === 'category' && IMPROVER_NAME.test(o.value));
  if (categories.length) return categories.map((o) => o.value);
  return options.filter((o) => o.level === 'reason' && IMPROVER_NAME.test(o.value)).map((o) => o.value);
}

/** `lifetimeSummarySql`'s row. */
export interface Lifetime {
  readonly customers: number;
  readonly periods: number;
  readonly costedPeriods: number;
  readonly pooledRatio: number | null;
  readonly meanPeriodRatio: number | null;
  readonly medianPeriodRatio: number | null;
  readonly meanCustomerRatio: number | null;
}

export function readLifetime(result: QueryResult): Lifetime {
  const r = first(result);
  return {
    customers: count(r.customers),
    periods: count(r.periods),
    costedPeriods: count(r.costed_periods),
    pooledRatio: num(r.pooled_ratio),
    meanPeriodRatio: num(r.mean_period_ratio),
    medianPeriodRatio: num(r.median_period_ratio),
    meanCustomerRatio: num(r.mean_customer_ratio),
  };
}
