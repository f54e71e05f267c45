import type { CallRole, CustomerRole, PeriodRole, ReasonRole } from './roles';

/** How a duration column is written: plain seconds, minutes, milliseconds, or `hh:mm:ss` text. */
export type DurationUnit = 'seconds' | 'minutes' | 'milliseconds' | 'hms';
export const DURATION_UNITS: readonly DurationUnit[] = ['seconds', 'minutes', 'milliseconds', 'hms'];

/** One table's mapping: which loaded table, and which column plays each role. */
export interface TableMapping<R extends string> {
  /** The DuckDB table (Dataset.table). */
  readonly table: string;
  readonly columns: Partial<Record<R, string>>;
}

export interface CallsMapping extends TableMapping<CallRole> {
  /** When `started_at` is a date column, the column holding the time of day. */
  readonly timeColumn?: string;
  /**
   * Values of the `answered` column that mean "reached an agent" (compared as trimmed lower-case text).
   * Every other non-empty value means abandoned.
   */
  readonly answeredValues: readonly string[];
  /** Outcome values of contacts that never reached the queue (phantom, test, IVR only): not offered, left out. */
  readonly notOfferedValues?: readonly string[];
  /** Customer ids that stand for "no customer" (0, anonymous, 匿名…): such calls have no customer. */
  readonly anonymousCustomerIds?: readonly string[];
  /** A column that makes `call_id` unique together with it (an id that restarts per line or per day). */
  readonly callIdWith?: string;
  /** Keep rows identical in every column of the file (overlapping exports repeat them); removed by default. */
  readonly keepDuplicateRows?: boolean;
  readonly durationUnit: DurationUnit;
}

export type CustomersMapping = TableMapping<CustomerRole>;
export type ReasonsMapping = TableMapping<ReasonRole>;
export type PeriodsMapping = TableMapping<PeriodRole>;

/** Choices the KPI definitions leave open (DOMAIN.md §2), with their stated defaults. */
export interface KpiSettings {
  /** Service level threshold T, seconds. */
  readonly serviceLevelSeconds: number;
  /** Abandons with a wait under this many seconds are not counted as offered. */
  readonly shortAbandonSeconds: number;
  /** Repeat-contact window N, days. */
  readonly repeatDays: number;
  /** Cost of one handled minute; used when set. */
  readonly costPerMinute: number | null;
  /** Cost of one answered contact; used when set and no cost per minute is. */
  readonly costPerContact: number | null;
}

export const DEFAULT_SETTINGS: KpiSettings = {
  serviceLevelSeconds: 20,
  shortAbandonSeconds: 0,
  repeatDays: 7,
  costPerMinute: null,
  costPerContact: null,
};

/** Every choice that turns loaded tables into the canonical views. Plain JSON: a saved view stores it. */
export interface Mapping {
  readonly calls?: CallsMapping;
  readonly customers?: CustomersMapping;
  readonly reasons?: ReasonsMapping;
  /** Revenue and service cost per customer and period (month). */
  readonly periods?: PeriodsMapping;
  readonly settings: KpiSettings;
}

export const EMPTY_MAPPING: Mapping = { settings: DEFAULT_SETTINGS };

/** The roles a mapping makes available in the `calls` view (a joined reasons/customers table adds some). */
export function availableCallRoles(mapping: Mapping): ReadonlySet<CallRole | 'segment'> {
  const roles = new Set<CallRole | 'segment'>();
  const calls = mapping.calls;
  if (!calls) return roles;
  for (const [role, column] of Object.entries(calls.columns)) if (column) roles.add(role as CallRole);
  if (calls.columns.reason && mapping.reasons?.columns.category) roles.add('reason_category');
  if (calls.columns.customer_id && mapping.customers?.columns.segment) roles.add('segment');
  return roles;
}
