import { DECOMPOSABLE_KPIS } from '../common/change/kpi-weight';

/** Buckets a KPI's dispersion is measured over: two time series and three cycles (pooled). */
export const BUCKETS = ['day', 'week', 'hour', 'weekday', 'day_of_month'] as const;
export type Bucket = (typeof BUCKETS)[number];

/** Dimensions the spread is split by and the heatmap is drawn over. */
export const SPREAD_DIMENSIONS = ['business_line', 'channel', 'reason_category', 'reason', 'segment'] as const;
export type SpreadDimension = (typeof SPREAD_DIMENSIONS)[number];

/** The variance analysis's own settings, kept in the working spec and saved views. */
export const VARIANCE_SETTINGS = {
  kpi: { kind: 'choice', values: DECOMPOSABLE_KPIS, default: 'answer_rate' },
  bucket: { kind: 'choice', values: BUCKETS, default: 'day' },
  dimension: { kind: 'choice', values: SPREAD_DIMENSIONS, default: 'business_line' },
  /** Weeks of the same weekday (and hour) the normal band looks back over. */
  baselineWeeks: { kind: 'int', min: 2, max: 26, default: 8 },
  bandGrain: { kind: 'choice', values: ['day', 'hour'], default: 'day' },
  /** Robust z beyond which a point lies outside the band. */
  bandZ: { kind: 'number', min: 1.5, max: 10, default: 3 },
  /** `{ test: {from, to}, control: {from, to} }`; null: the last month with data against the one before. */
  periods: { kind: 'json', default: null },
  /** Reason codes that count as basic questions; empty: the ones whose labels say so (see basic-reasons). */
  basicReasons: { kind: 'list', default: [] },
  /** Days at the end of the data that make the recent window of the question-mix shift. */
  mixWindowDays: { kind: 'int', min: 7, max: 365, default: 42 },
  /** Contacts a customer needs in the recent window to be judged (and half as many before it). */
  mixMinContacts: { kind: 'int', min: 2, max: 1000, default: 10 },
  /** Rise of the basic share (a fraction) that counts as a shift. */
  mixMinRise: { kind: 'number', min: 0.05, max: 1, default: 0.3 },
  /** Findings the user kept: re-run on new data with a verdict. */
  findings: { kind: 'json', default: [] },
} as const;
