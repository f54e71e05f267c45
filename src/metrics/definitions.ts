/**
 * The choices DOMAIN.md §2 leaves open, with their stated defaults. They belong to the working spec (a saved view
 * and a link carry them), not to the mapping: the same data read with another service-level threshold is the same
 * mapping. Every analysis that shows a KPI reads these.
 */
export interface KpiDefinitions {
  /** Service level threshold T, seconds. */
  readonly serviceLevelSeconds: number;
  /** Abandons with a wait under this many seconds are not offered calls. */
  readonly shortAbandonSeconds: number;
  /** Repeat-contact window N, days. */
  readonly repeatDays: number;
  /** What one handled minute costs; used when set. */
  readonly costPerMinute: number | null;
  /** What one offered call costs (answered or not); used when set and no cost per minute is. */
  readonly costPerOfferedCall: number | null;
  /** ISO 4217 code the costs are in (`CNY`, `USD`…); empty when the user has not said. */
  readonly currency: string;
}

export const DEFAULT_DEFINITIONS: KpiDefinitions = {
  serviceLevelSeconds: 20,
  shortAbandonSeconds: 0,
  repeatDays: 7,
  costPerMinute: null,
  costPerOfferedCall: null,
  currency: '',
};
