import type { Filters, Mapping } from '../../../model';

/** The measures a distribution, a VIP rule or a sort can be taken on. */
export const MEASURES = ['ratio', 'net', 'revenue', 'cost'] as const;
export type Measure = (typeof MEASURES)[number];

/** How VIPs are chosen (DOMAIN.md §3): z above k, robust modified z above a threshold, or the top N%. */
export type VipRule =
  | { readonly kind: 'z'; readonly k: number }
  | { readonly kind: 'robust'; readonly threshold: number }
  | { readonly kind: 'top'; readonly percent: number };

/** What the mapping provides to a customer's value. */
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

/** Temporary tables holding `v` (and the value analysis's kinds) for a spec, made once and read by every query. */
export interface ValueCache {
  /** The customer file with its periods' sums (`fb`), when there is a customer file. */
  readonly file?: string | null;
  readonly customers: string;
  /** Each customer's unfiltered history for the kinds (`kh`). */
  readonly history?: string | null;
  readonly kinds?: string | null;
}

/** The rules a customer's value, VIP flag and tier follow (the value analysis's settings hold them). */
export interface CustomerValueRules {
  readonly vipRule: VipRule;
  readonly vipMeasure: Measure;
  /** Credit tier C holds arrears overdue at most this many days; D longer. */
  readonly tierDays: number;
}

export const DEFAULT_CUSTOMER_VALUE_RULES: CustomerValueRules = {
  vipRule: { kind: 'z', k: 2 },
  vipMeasure: 'ratio',
  tierDays: 180,
};

/** What a customer's value depends on: the global filters, the rules, the cost rates and the mapping's inputs. */
export interface CustomerValueSpec {
  readonly filters: Filters;
  readonly settings: CustomerValueRules;
  readonly rates: CostRates;
  readonly inputs: ValueInputs;
  /** Set by `cachedCustomerValue`: queries read these tables instead of computing `v` again. */
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

/** The customer-value spec of a mapping and filters (rules default to the value analysis's defaults). */
export function customerValueSpec(
  mapping: Mapping,
  filters: Filters,
  rules: CustomerValueRules = DEFAULT_CUSTOMER_VALUE_RULES,
): CustomerValueSpec {
  const { costPerMinute, costPerContact } = mapping.settings;
  return {
    filters,
    settings: rules,
    rates: { perMinute: costPerMinute, perContact: costPerContact },
    inputs: valueInputs(mapping),
  };
}

/** Customer-file cost first, then the periods' sum, then the rates on calls, else handle minutes at 1 per minute. */
export function costSource(spec: Pick<CustomerValueSpec, 'inputs' | 'rates'>): CostSource {
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
