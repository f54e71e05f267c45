import type { Filters, Mapping } from '../../model';

/** The measures a distribution, a VIP rule or a sort can be taken on. */
export const MEASURES = ['ratio', 'net', 'revenue', 'cost'] as const;
export type Measure = (typeof MEASURES)[number];

/** How VIPs are chosen (DOMAIN.md §3): z above k, robust modified z above a threshold, or the top N%. */
export type VipRule =
  | { readonly kind: 'z'; readonly k: number }
  | { readonly kind: 'robust'; readonly threshold: number }
  | { readonly kind: 'top'; readonly percent: number };

/** Every choice of the value analysis, with its stated default. Plain JSON: a saved view stores it. */
export interface ValueSettings {
  /** The measure of the distribution, Lorenz curve and verdict. */
  readonly measure: Measure;
  readonly logScale: boolean;
  readonly bins: number;
  readonly vipRule: VipRule;
  readonly vipMeasure: Measure;
  /** Sustained profit: net > 0 in at least `sustainedMin` of the last `sustainedPeriods` periods of the data. */
  readonly sustainedPeriods: number;
  readonly sustainedMin: number;
  /** Potential: joined within this many days before the data ends… */
  readonly newDays: number;
  /** …or a bad first contact (unanswered, unresolved, or satisfaction at most this) and another within `comebackDays`. */
  readonly lowSatisfaction: number;
  readonly comebackDays: number;
  /** Product improvers: reasons or categories that count; null = the complaint/feedback ones found by name. */
  readonly improverReasons: readonly string[] | null;
  /** …at least this many such contacts, making at least this share of the customer's contacts. */
  readonly improverMinContacts: number;
  readonly improverMinShare: number;
  /** Credit tier C holds arrears overdue at most this many days; D longer. */
  readonly tierDays: number;
}

export const DEFAULT_VALUE_SETTINGS: ValueSettings = {
  measure: 'net',
  logScale: false,
  bins: 40,
  vipRule: { kind: 'z', k: 2 },
  vipMeasure: 'ratio',
  sustainedPeriods: 3,
  sustainedMin: 2,
  newDays: 180,
  lowSatisfaction: 2,
  comebackDays: 183,
  improverReasons: null,
  improverMinContacts: 3,
  improverMinShare: 0.3,
  tierDays: 180,
};

/** What the mapping provides to this analysis. */
export interface ValueInputs {
  readonly customers: boolean;
  readonly customerName: boolean;
  readonly segment: boolean;
  readonly joinedAt: boolean;
  readonly revenue: boolean;
  readonly serviceCost: boolean;
  readonly arrears: boolean;
  readonly periods: boolean;
  readonly periodRevenue: boolean;
  readonly periodCost: boolean;
  readonly reasons: boolean;
  readonly satisfaction: boolean;
  readonly resolved: boolean;
}

/** Where each customer's service cost comes from; shown on screen. */
export type CostSource = 'customers' | 'periods' | 'rates' | 'minutes';

/** Cost rates (the KPI settings' cost per minute and per contact). */
export interface CostRates {
  readonly perMinute: number | null;
  readonly perContact: number | null;
}

/** Temporary tables holding `v` (and the kinds' `kk`) for this spec, made once and read by every query. */
export interface ValueCache {
  /** The customer file with its periods' sums (`fb`), when there is a customer file. */
  readonly file?: string | null;
  readonly customers: string;
  /** Each customer's unfiltered history for the kinds (`kh`). */
  readonly history?: string | null;
  readonly kinds: string | null;
}

/** What every query of this analysis depends on. */
export interface ValueSpec {
  readonly filters: Filters;
  readonly settings: ValueSettings;
  readonly rates: CostRates;
  readonly inputs: ValueInputs;
  /** Set by `cachedSpec`: the queries read these tables instead of computing `v` again. */
  readonly cache?: ValueCache;
}

/** Reads what the mapping provides. */
export function valueInputs(mapping: Mapping): ValueInputs {
  const cu = mapping.customers?.columns ?? {};
  const pe = mapping.periods?.columns ?? {};
  const ca = mapping.calls?.columns ?? {};
  const customers = Boolean(mapping.customers && cu.customer_id);
  const periods = Boolean(mapping.periods && pe.customer_id && pe.period);
  return {
    customers,
    customerName: customers && Boolean(cu.customer_name),
    segment: customers && Boolean(cu.segment),
    joinedAt: customers && Boolean(cu.joined_at),
    revenue: customers && Boolean(cu.revenue),
    serviceCost: customers && Boolean(cu.service_cost),
    arrears: customers && Boolean(cu.arrears),
    periods,
    periodRevenue: periods && Boolean(pe.revenue),
    periodCost: periods && Boolean(pe.service_cost),
    reasons: Boolean(ca.reason || ca.reason_category),
    satisfaction: Boolean(ca.satisfaction),
    resolved: Boolean(ca.resolved),
  };
}

/** The spec of a mapping, filters and settings. */
export function valueSpec(mapping: Mapping, filters: Filters, settings: ValueSettings): ValueSpec {
  const { costPerMinute, costPerContact } = mapping.settings;
  return {
    filters,
    settings,
    rates: { perMinute: costPerMinute, perContact: costPerContact },
    inputs: valueInputs(mapping),
  };
}

/** Customer-file cost first, then the periods' sum, then the rates on calls, else handle minutes at 1 per minute. */
export function costSource(spec: Pick<ValueSpec, 'inputs' | 'rates'>): CostSource {
  if (spec.inputs.serviceCost) return 'customers';
  if (spec.inputs.periodCost) return 'periods';
  if (spec.rates.perMinute !== null || spec.rates.perContact !== null) return 'rates';
  return 'minutes';
}

/** Revenue from the customer file, else the periods' sum, else none (only cost is then shown). */
export function revenueSource(inputs: ValueInputs): 'customers' | 'periods' | null {
  if (inputs.revenue) return 'customers';
  if (inputs.periodRevenue) return 'periods';
  return null;
}

/** True when a filter narrows the calls (dates, lines, channels, reasons); segments narrow customers themselves. */
export function narrowsCalls(filters: Filters): boolean {
  return Boolean(
    filters.dateFrom ||
    filters.dateTo ||
    filters.businessLines.length ||
    filters.channels.length ||
    filters.reasonCategories.length,
  );
}
