import { findCycle } from './derive';
import type { ImportResult } from './problems';
import { REASON_STATUSES, RULE_KINDS, type CodeEntry, type Reason, type Rule, type Taxonomy } from './types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === 'string';
const optStr = (v: unknown): boolean => v === undefined || typeof v === 'string';
const DATE = /^\d{4}-\d{2}-\d{2}$/u;
const optDate = (v: unknown): boolean => v === undefined || (str(v) && DATE.test(v));

function notTaxonomy(where: string): ImportResult<never> {
  return { ok: false, problem: { kind: 'not-a-taxonomy', where } };
}

/** Plain JSON (current version) checked as a taxonomy: shapes, then that every reference and merge holds. */
export function validateTaxonomy(input: unknown, base = 'taxonomy'): ImportResult<Taxonomy> {
  if (!isObj(input)) return notTaxonomy(base);
  const { categories, reasons, codes, rules } = input;
  for (const [key, list] of Object.entries({ categories, reasons, codes, rules }))
    if (!Array.isArray(list)) return notTaxonomy(`${base}.${key}`);
  const lists = { categories, reasons, codes, rules } as Record<string, unknown[]>;
  const badCategory = lists.categories!.findIndex((c) => !str(c));
  if (badCategory >= 0) return notTaxonomy(`${base}.categories[${badCategory}]`);
  const badReason = lists.reasons!.findIndex((r) => !isReason(r));
  if (badReason >= 0) return notTaxonomy(`${base}.reasons[${badReason}]`);
  const badCode = lists.codes!.findIndex((c) => !isCode(c));
  if (badCode >= 0) return notTaxonomy(`${base}.codes[${badCode}]`);
  const badRule = lists.rules!.findIndex((r) => !isRule(r));
  if (badRule >= 0) return notTaxonomy(`${base}.rules[${badRule}]`);
  const t: Taxonomy = {
    categories: lists.categories as string[],
    reasons: lists.reasons as Reason[],
    codes: lists.codes as CodeEntry[],
    rules: lists.rules as Rule[],
  };
  const ids = new Set(t.reasons.map((r) => r.id));
  const refs: (readonly [string, string | undefined, 'unknown-merge-target' | 'unknown-reason'])[] = [
    ...t.reasons.map((r, i) => [`${base}.reasons[${i}].mergedInto`, r.mergedInto, 'unknown-merge-target'] as const),
    ...t.reasons.map((r, i) => [`${base}.reasons[${i}].parent`, r.parent, 'unknown-reason'] as const),
    ...t.codes.map((c, i) => [`${base}.codes[${i}].reason`, c.reason, 'unknown-reason'] as const),
    ...t.rules.map((r, i) => [`${base}.rules[${i}].reason`, r.reason, 'unknown-reason'] as const),
  ];
  for (const [where, id, kind] of refs)
    if (id !== undefined && !ids.has(id)) return { ok: false, problem: { kind, where, value: id } };
  const cycle = findCycle(t.reasons);
  if (cycle) {
    const i = t.reasons.findIndex((r) => r.id === cycle);
    return { ok: false, problem: { kind: 'merge-cycle', where: `${base}.reasons[${i}]`, value: t.reasons[i]!.name } };
  }
  return { ok: true, value: t };
}

function isReason(v: unknown): v is Reason {
  return (
    isObj(v) &&
    str(v.id) &&
    str(v.name) &&
    str(v.category) &&
    REASON_STATUSES.includes(v.status as Reason['status']) &&
    optStr(v.parent) &&
    optStr(v.mergedInto) &&
    optDate(v.validFrom) &&
    optDate(v.validTo)
  );
}

function isCode(v: unknown): v is CodeEntry {
  return isObj(v) && str(v.code) && optStr(v.reason) && optDate(v.validFrom) && optDate(v.validTo);
}

function isRule(v: unknown): v is Rule {
  return isObj(v) && str(v.id) && str(v.value) && str(v.reason) && RULE_KINDS.includes(v.kind as Rule['kind']);
}
