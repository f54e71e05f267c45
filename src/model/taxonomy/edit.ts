import { finalReason } from './resolve';
import type { CodeEntry, Reason, Rule, Taxonomy } from './types';

/** An edit either gives the new taxonomy or says why it was refused (the taxonomy is then unchanged). */
export type EditResult = { ok: true; taxonomy: Taxonomy } | { ok: false; error: EditError };
export type EditError = 'same-reason' | 'merge-cycle' | 'no-such-reason' | 'empty-name' | 'no-codes';

const done = (taxonomy: Taxonomy): EditResult => ({ ok: true, taxonomy });
const refused = (error: EditError): EditResult => ({ ok: false, error });

function withCategory(t: Taxonomy, category: string): readonly string[] {
  return t.categories.includes(category) ? t.categories : [...t.categories, category];
}

function updateReason(t: Taxonomy, id: string, change: (r: Reason) => Reason): Taxonomy {
  return { ...t, reasons: t.reasons.map((r) => (r.id === id ? change(r) : r)) };
}

/** Adds a reason (or a sub-reason under `parent`, in the parent's category). */
export function addReason(t: Taxonomy, reason: Omit<Reason, 'status'>): EditResult {
  const name = reason.name.trim();
  if (!name) return refused('empty-name');
  const parent = reason.parent ? t.reasons.find((r) => r.id === reason.parent) : undefined;
  const category = parent?.category ?? reason.category.trim();
  const added: Reason = { ...reason, name, category, status: 'active' };
  return done({ ...t, categories: withCategory(t, category), reasons: [...t.reasons, added] });
}

export function renameReason(t: Taxonomy, id: string, name: string): EditResult {
  if (!name.trim()) return refused('empty-name');
  if (!t.reasons.some((r) => r.id === id)) return refused('no-such-reason');
  return done(updateReason(t, id, (r) => ({ ...r, name: name.trim() })));
}

/** Moves a reason (and its sub-reasons) to a category, adding the category if new. */
export function moveToCategory(t: Taxonomy, id: string, category: string): EditResult {
  const name = category.trim();
  if (!name) return refused('empty-name');
  const moved = t.reasons.map((r) => (r.id === id || r.parent === id ? { ...r, category: name } : r));
  return done({ ...t, categories: withCategory(t, name), reasons: moved });
}

export function renameCategory(t: Taxonomy, from: string, to: string): EditResult {
  const name = to.trim();
  if (!name) return refused('empty-name');
  const categories = [...new Set(t.categories.map((c) => (c === from ? name : c)))];
  return done({
    ...t,
    categories,
    reasons: t.reasons.map((r) => (r.category === from ? { ...r, category: name } : r)),
  });
}

/** Puts a code under a reason by hand (drag or pick); `undefined` hands it back to the rules. */
export function assignCode(t: Taxonomy, code: string, reason: string | undefined): EditResult {
  if (reason !== undefined && !t.reasons.some((r) => r.id === reason)) return refused('no-such-reason');
  const known = t.codes.some((c) => c.code === code);
  const codes: CodeEntry[] = known
    ? t.codes.map((c) => (c.code === code ? withReason(c, reason) : c))
    : [...t.codes, withReason({ code }, reason)];
  return done({ ...t, codes });
}

function withReason(entry: CodeEntry, reason: string | undefined): CodeEntry {
  const { reason: _old, ...rest } = entry;
  return reason === undefined ? rest : { ...rest, reason };
}

/** Merges `from` into `into`: from then on (and for all history) its calls count under `into`. */
export function mergeReasons(t: Taxonomy, from: string, into: string, on?: string): EditResult {
  if (from === into) return refused('same-reason');
  if (!t.reasons.some((r) => r.id === from) || !t.reasons.some((r) => r.id === into)) return refused('no-such-reason');
  if (finalReason(t, into)?.id === from || finalReason(t, into) === undefined) return refused('merge-cycle');
  return done(
    updateReason(t, from, (r) => ({ ...r, status: 'merged', mergedInto: into, ...(on ? { validTo: on } : {}) })),
  );
}

/** Moves some codes of a reason to a new reason beside it (same category and parent). */
export function splitReason(t: Taxonomy, from: string, codes: readonly string[], name: string, id: string): EditResult {
  const source = t.reasons.find((r) => r.id === from);
  if (!source) return refused('no-such-reason');
  if (codes.length === 0) return refused('no-codes');
  const added = addReason(t, { id, name, category: source.category, parent: source.parent });
  if (!added.ok) return added;
  let next = added.taxonomy;
  for (const code of codes) {
    const moved = assignCode(next, code, id);
    if (moved.ok) next = moved.taxonomy;
  }
  return done(next);
}

/** Retires a reason: it may be used up to and including `validTo`. */
export function retireReason(t: Taxonomy, id: string, validTo: string): EditResult {
  if (!t.reasons.some((r) => r.id === id)) return refused('no-such-reason');
  return done(updateReason(t, id, (r) => ({ ...withoutMerge(r), status: 'retired', validTo })));
}

/** Brings a merged or retired reason back into use. */
export function reactivateReason(t: Taxonomy, id: string): EditResult {
  return done(updateReason(t, id, (r) => ({ ...withoutMerge(r), status: 'active', validTo: undefined })));
}

function withoutMerge(r: Reason): Reason {
  const { mergedInto: _gone, ...rest } = r;
  return rest;
}

/** Sets the days a code may be used (either end may be open). */
export function setCodeValidity(t: Taxonomy, code: string, validFrom?: string, validTo?: string): EditResult {
  const entry = t.codes.find((c) => c.code === code) ?? { code };
  const { validFrom: _f, validTo: _t, ...rest } = entry;
  const next: CodeEntry = { ...rest, ...(validFrom ? { validFrom } : {}), ...(validTo ? { validTo } : {}) };
  const codes = t.codes.some((c) => c.code === code)
    ? t.codes.map((c) => (c.code === code ? next : c))
    : [...t.codes, next];
  return done({ ...t, codes });
}

export function addRule(t: Taxonomy, rule: Rule): EditResult {
  if (!t.reasons.some((r) => r.id === rule.reason)) return refused('no-such-reason');
  return done({ ...t, rules: [...t.rules, rule] });
}

export function updateRule(t: Taxonomy, rule: Rule): EditResult {
  return done({ ...t, rules: t.rules.map((r) => (r.id === rule.id ? rule : r)) });
}

export function removeRule(t: Taxonomy, id: string): EditResult {
  return done({ ...t, rules: t.rules.filter((r) => r.id !== id) });
}

/** Moves a rule up (-1) or down (+1) in the order rules are tried. */
export function moveRule(t: Taxonomy, id: string, delta: -1 | 1): EditResult {
  const i = t.rules.findIndex((r) => r.id === id);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= t.rules.length) return done(t);
  const rules = [...t.rules];
  [rules[i], rules[j]] = [rules[j]!, rules[i]!];
  return done({ ...t, rules });
}
