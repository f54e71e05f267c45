import type { Json } from '../settings';

/** The kinds of automatic finding the analyses make (issue texts name them). */
export type FindingKind =
  | 'calendar'
  | 'leave_one_out'
  | 'anomaly'
  | 'driver'
  | 'mix_shift'
  | 'emerging'
  | 'disappearing'
  | 'spike'
  | 'candidate'
  | 'tag';

/**
 * An automatic finding as a plain object: what was found, on which KPI and slice, how big and how well supported,
 * and the sentence that says it. Kept in the working spec (in its analysis's settings), so a saved view re-runs it
 * on new data and says whether it still holds. Keys that do not apply are left out.
 */
export interface Finding {
  readonly kind: FindingKind;
  readonly kpi?: string;
  readonly dimension?: string;
  /** The segment's value (for reasons: the raw code). */
  readonly segment?: string;
  /** A readable name for the segment, when it differs from its value. */
  readonly label?: string;
  readonly days_of_month?: readonly number[];
  readonly weekdays?: readonly number[];
  readonly hours?: readonly number[];
  /** `YYYY-MM-DD` or `YYYY-MM-DD/YYYY-MM-DD`. */
  readonly period?: string;
  /** The size of the effect, in the KPI's unit (a share as a fraction). */
  readonly effect?: number;
  /** How many calls (or customers) back it. */
  readonly support?: number;
  /** The finding in one sentence, in the language it was found in. */
  readonly sentence: string;
}

/** Whether a finding found again on new data still holds: same kind and slice, effect of the same sign. */
export type Verdict = 'holds' | 'changed' | 'gone';

/** The identity of a finding: what was found where, not how big. */
export function findingKey(f: Finding): string {
  return JSON.stringify([f.kind, f.kpi, f.dimension, f.segment, f.days_of_month, f.weekdays, f.hours]);
}

/** Compares a kept finding with the findings of a new run. */
export function recheck(kept: Finding, now: readonly Finding[]): Verdict {
  const again = now.find((f) => findingKey(f) === findingKey(kept));
  if (!again) return 'gone';
  const same =
    kept.effect === undefined || again.effect === undefined || Math.sign(kept.effect) === Math.sign(again.effect);
  return same ? 'holds' : 'changed';
}

/** Findings kept in settings (kind `json`) read back; anything that is not a finding is dropped. */
export function readFindings(value: Json | undefined): Finding[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (f): f is Json & Finding =>
      typeof f === 'object' &&
      f !== null &&
      !Array.isArray(f) &&
      typeof (f as { kind?: unknown }).kind === 'string' &&
      typeof (f as { sentence?: unknown }).sentence === 'string',
  ) as Finding[];
}

/** A finding as JSON for the `data-finding` attribute (keys that do not apply are already absent). */
export function findingJson(f: Finding): string {
  return JSON.stringify(f);
}
