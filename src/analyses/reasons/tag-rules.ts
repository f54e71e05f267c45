import type { Json } from '../common/settings';
import type { TagRule } from './tags-sql';

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [];

/** Tag rules kept in settings, read back; anything that is not a rule with a name and an include term is dropped. */
export function readTagRules(value: Json | undefined): TagRule[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return [];
    const o = v as Record<string, unknown>;
    const name = typeof o.name === 'string' ? o.name.trim() : '';
    const include = strings(o.include);
    return name && include.length ? [{ name, include, exclude: strings(o.exclude) }] : [];
  });
}

/** Terms typed in one box: split on commas (ASCII or full-width) and the Chinese enumeration comma. */
export function splitTerms(text: string): string[] {
  return text
    .split(/[,，、]/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}
