import type { Rule } from './types';

/** The codes of a `list` rule: separated by commas (also full-width), semicolons, spaces or new lines. */
export function listCodes(value: string): string[] {
  return value
    .split(/[\s,，;；、]+/u)
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

/** The compiled pattern of a `pattern` rule, or the reason it does not compile. */
export function compilePattern(value: string): { ok: true; regex: RegExp } | { ok: false; error: string } {
  try {
    return { ok: true, regex: new RegExp(value, 'u') };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** A test for one rule; a rule with an empty value or a broken pattern matches nothing. */
export function ruleMatcher(rule: Rule): (code: string) => boolean {
  switch (rule.kind) {
    case 'prefix':
      return rule.value === '' ? () => false : (code) => code.startsWith(rule.value);
    case 'list': {
      const codes = new Set(listCodes(rule.value));
      return (code) => codes.has(code);
    }
    case 'pattern': {
      const compiled = rule.value === '' ? null : compilePattern(rule.value);
      return compiled?.ok ? (code) => compiled.regex.test(code) : () => false;
    }
  }
}

/** For each code, the ids of every rule matching it, in rule order (the first one wins). */
export function ruleMatches(rules: readonly Rule[], codes: readonly string[]): Map<string, string[]> {
  const matchers = rules.map((r) => ({ id: r.id, test: ruleMatcher(r) }));
  return new Map(codes.map((code) => [code, matchers.filter((m) => m.test(code)).map((m) => m.id)]));
}
