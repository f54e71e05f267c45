import { nameLikeness } from './names';
import { knownCodes, resolveCodes } from './resolve';
import { compilePattern } from './rules';
import type { Taxonomy } from './types';

/** Something in the taxonomy that is probably a mistake, shown while the user edits. */
export type TaxonomyFlag =
  | { readonly kind: 'same-name' | 'near-name'; readonly reasons: readonly [string, string] }
  | { readonly kind: 'rule-overlap'; readonly code: string; readonly rules: readonly string[] }
  | { readonly kind: 'no-codes'; readonly reason: string }
  | { readonly kind: 'bad-pattern'; readonly rule: string; readonly error: string };

/**
 * Duplicate or overlapping reasons: two reasons in use with the same or nearly the same name (case, width and
 * spaces ignored), a code matched by two or more rules, a reason in use that no code reaches, a pattern that does
 * not compile. Merged reasons are history and are not compared.
 */
export function taxonomyFlags(t: Taxonomy, dataCodes: readonly string[] = []): TaxonomyFlag[] {
  const flags: TaxonomyFlag[] = [];
  const live = t.reasons.filter((r) => r.status !== 'merged');
  for (let i = 0; i < live.length; i++)
    for (let j = i + 1; j < live.length; j++) {
      const likeness = nameLikeness(live[i]!.name, live[j]!.name);
      if (likeness) flags.push({ kind: `${likeness}-name`, reasons: [live[i]!.id, live[j]!.id] });
    }
  const resolved = resolveCodes(t, knownCodes(t, dataCodes));
  for (const r of resolved) if (r.rules.length > 1) flags.push({ kind: 'rule-overlap', code: r.code, rules: r.rules });
  const reached = new Set(resolved.flatMap((r) => [r.reason, r.final]));
  const parents = new Set(t.reasons.map((r) => r.parent));
  for (const r of t.reasons)
    if (r.status === 'active' && !reached.has(r.id) && !parents.has(r.id))
      flags.push({ kind: 'no-codes', reason: r.id });
  for (const rule of t.rules) {
    if (rule.kind !== 'pattern') continue;
    const compiled = compilePattern(rule.value);
    if (!compiled.ok) flags.push({ kind: 'bad-pattern', rule: rule.id, error: compiled.error });
  }
  return flags;
}
