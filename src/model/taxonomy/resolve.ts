import { ruleMatches } from './rules';
import type { Reason, ReasonStatus, Taxonomy } from './types';

/** How one raw code is mapped: the reason it was put under (by hand, or by the first matching rule), and where that leads. */
export interface CodeResolution {
  readonly code: string;
  /** The reason the code was put under; undefined when unmapped. */
  readonly reason?: string;
  readonly via: 'hand' | 'rule' | null;
  /** The rule that put it there (`via` rule). */
  readonly rule?: string;
  /** Every rule matching the code, in order (two or more: an overlap). */
  readonly rules: readonly string[];
  /** Where history counts it: `reason` after following merges (and a sub-reason's parent). */
  readonly final?: string;
}

/** Every code the taxonomy lists, then any other code seen in the data, each once, in that order. */
export function knownCodes(taxonomy: Taxonomy, dataCodes: readonly string[] = []): string[] {
  return [...new Set([...taxonomy.codes.map((c) => c.code), ...dataCodes])];
}

/** The reason history counts `id` under: merges followed to their end; undefined on a cycle or a missing reason. */
export function finalReason(taxonomy: Taxonomy, id: string): Reason | undefined {
  const byId = new Map(taxonomy.reasons.map((r) => [r.id, r]));
  const seen = new Set<string>();
  let reason = byId.get(id);
  while (reason && reason.status === 'merged' && reason.mergedInto) {
    if (seen.has(reason.id)) return undefined;
    seen.add(reason.id);
    reason = byId.get(reason.mergedInto);
  }
  return reason;
}

/** The top-level reason of a reason or sub-reason, after merges. */
export function countedUnder(taxonomy: Taxonomy, id: string): Reason | undefined {
  const reason = finalReason(taxonomy, id);
  return reason?.parent ? (finalReason(taxonomy, reason.parent) ?? reason) : reason;
}

/** Resolves every code: by hand first, then the rules in order, then merges. */
export function resolveCodes(taxonomy: Taxonomy, codes: readonly string[]): CodeResolution[] {
  const byHand = new Map(taxonomy.codes.filter((c) => c.reason).map((c) => [c.code, c.reason!]));
  const reasons = new Set(taxonomy.reasons.map((r) => r.id));
  const rules = new Map(taxonomy.rules.map((r) => [r.id, r]));
  const matches = ruleMatches(taxonomy.rules, codes);
  return codes.map((code) => {
    const matching = matches.get(code) ?? [];
    const hand = byHand.get(code);
    const ruleId = matching.find((id) => reasons.has(rules.get(id)!.reason));
    const reason = hand && reasons.has(hand) ? hand : ruleId ? rules.get(ruleId)!.reason : undefined;
    const via = reason === undefined ? null : reason === hand ? 'hand' : 'rule';
    const final = reason ? countedUnder(taxonomy, reason)?.id : undefined;
    return { code, reason, via, rule: via === 'rule' ? ruleId : undefined, rules: matching, final };
  });
}

/** One row of `canonical.taxonomy` (and of the CSV export): a raw code and where it is counted. */
export interface TaxonomyRow {
  readonly raw_code: string;
  readonly reason: string;
  readonly category: string;
  readonly status: ReasonStatus;
  /** The code history counts this one under, when it is not this code itself. */
  readonly merged_into: string | null;
  readonly valid_from: string | null;
  readonly valid_to: string | null;
  /** The sub-reason the code was put under, if any. */
  readonly sub_reason: string | null;
}

/**
 * The rows that replace the mapping table: one per mapped code, named after the reason history counts it under.
 * Every code of a reason points (`merged_into`) at one code of that reason, the first in code order, so an analysis
 * keyed by raw code counts a merged or multi-code reason once.
 */
export function canonicalRows(taxonomy: Taxonomy, dataCodes: readonly string[] = []): TaxonomyRow[] {
  const byId = new Map(taxonomy.reasons.map((r) => [r.id, r]));
  const entries = new Map(taxonomy.codes.map((c) => [c.code, c]));
  const resolved = resolveCodes(taxonomy, knownCodes(taxonomy, dataCodes)).filter((r) => r.final);
  const representative = new Map<string, string>();
  for (const r of [...resolved].sort((a, b) => compareCodes(a.code, b.code)))
    if (!representative.has(r.final!)) representative.set(r.final!, r.code);
  return resolved.map((r) => {
    const own = byId.get(r.reason!)!;
    const counted = byId.get(r.final!)!;
    const entry = entries.get(r.code);
    const target = representative.get(r.final!)!;
    return {
      raw_code: r.code,
      reason: counted.name,
      category: counted.category,
      status: own.status === 'active' && own.parent ? (byId.get(own.parent)?.status ?? 'active') : own.status,
      merged_into: target === r.code ? null : target,
      valid_from: entry?.validFrom ?? own.validFrom ?? null,
      valid_to: entry?.validTo ?? own.validTo ?? null,
      sub_reason: own.parent ? own.name : null,
    };
  });
}

/** Code order: `R2` before `R10`. */
export function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
