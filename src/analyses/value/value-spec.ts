import type { Filters, Mapping } from '../../model';
import {
  valueInputs,
  type CustomerValueRules,
  type CustomerValueSpec,
  type Measure,
} from '../common/customer-value/customer-value-spec';

export {
  MEASURES,
  costSource,
  narrowsCalls,
  revenueSource,
  valueInputs,
  type CostRates,
  type CostSource,
  type Measure,
  type ValueCache,
  type ValueInputs,
  type VipRule,
} from '../common/customer-value/customer-value-spec';

/** Every choice of the value analysis, with its stated default. Plain JSON: a saved view stores it. */
export interface ValueSettings extends CustomerValueRules {
  /** The measure of the distribution, Lorenz curve and verdict. */
  readonly measure: Measure;
  readonly logScale: boolean;
  readonly bins: number;
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

/** What every query of this analysis depends on: a customer-value spec with the analysis's own settings. */
export interface ValueSpec extends CustomerValueSpec {
  readonly settings: ValueSettings;
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
