/** The overview's own settings (the KPI definitions are shared by every analysis, not its own). */
export const OVERVIEW_SETTINGS = {
  /** The chart's buckets: auto picks hours for a range of two days or less. */
  grain: { kind: 'choice', values: ['auto', 'day', 'hour'], default: 'auto' },
} as const;
