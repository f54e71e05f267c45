import type { Language } from './define';

/** One feature's messages in every language. */
export type MessagesPart = Readonly<Record<Language, Readonly<Record<string, string>>>>;

const parts: MessagesPart[] = [];

/** Every registered message, per language. Features declare their own; the shell registers the first screen's at start, a lazy module's with its code. */
export const CATALOG: Record<Language, Record<string, string>> = { en: {}, 'zh-CN': {} };

/** Adds feature catalogues (a part already added is skipped, so registering twice is harmless). */
export function registerMessages(...added: readonly MessagesPart[]): void {
  for (const part of added) {
    if (parts.includes(part)) continue;
    parts.push(part);
    Object.assign(CATALOG.en, part.en);
    Object.assign(CATALOG['zh-CN'], part['zh-CN']);
  }
}

/** The registered catalogues themselves, for the test that no key is declared twice. */
export function catalogParts(): readonly MessagesPart[] {
  return parts;
}
