/** The taxonomy document version this build writes; raise it only with a named step in src/spec. */
export const TAXONOMY_VERSION = 1;

/** A reason's state: in use, folded into another reason (history counts under it), or no longer used. */
export type ReasonStatus = 'active' | 'merged' | 'retired';
export const REASON_STATUSES: readonly ReasonStatus[] = ['active', 'merged', 'retired'];

/** One reason, or a sub-reason when `parent` names another reason (its category is then the parent's). */
export interface Reason {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly parent?: string;
  readonly status: ReasonStatus;
  /** The reason this one was merged into (status `merged`). */
  readonly mergedInto?: string;
  /** `YYYY-MM-DD`: the first and last day the reason may be used (the last is set when retired or merged). */
  readonly validFrom?: string;
  readonly validTo?: string;
}

/** A raw code the taxonomy knows, and the reason it was put under by hand (drag or pick), if any. */
export interface CodeEntry {
  readonly code: string;
  readonly reason?: string;
  readonly validFrom?: string;
  readonly validTo?: string;
}

export type RuleKind = 'prefix' | 'pattern' | 'list';
export const RULE_KINDS: readonly RuleKind[] = ['prefix', 'pattern', 'list'];

/** Maps every code it matches (and no code put under a reason by hand) to `reason`; the first matching rule wins. */
export interface Rule {
  readonly id: string;
  readonly kind: RuleKind;
  /** A prefix, a regular expression, or codes separated by commas, spaces or new lines. */
  readonly value: string;
  readonly reason: string;
}

/** The reason taxonomy the user manages: plain JSON, saved locally and exported. */
export interface Taxonomy {
  readonly categories: readonly string[];
  readonly reasons: readonly Reason[];
  readonly codes: readonly CodeEntry[];
  readonly rules: readonly Rule[];
}

export const EMPTY_TAXONOMY: Taxonomy = { categories: [], reasons: [], codes: [], rules: [] };

/** Names that mean "no real reason": a reason or category so called counts against coverage. */
export const OTHER_LABELS: readonly string[] = [
  'other',
  'others',
  'misc',
  'unknown',
  'unclassified',
  '其他',
  '其它',
  '未知',
  '未分类',
];
