import { CATALOG } from './catalog';
import type { Language } from './define';

export type MessageParams = Record<string, string | number>;

/** Looks a key up in a language and fills `{name}` placeholders; an unknown key shows itself. */
export function translate(language: Language, key: string, params?: MessageParams): string {
  const template = CATALOG[language][key] ?? CATALOG.en[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Number formatting per language, for figures shown to people. */
export function formatNumber(language: Language, value: number, digits = 0): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(
    value,
  );
}
