import type * as Parsers from './parse';

/**
 * The view parsers, loaded on first use: they carry zod, which the first screen does not need, and a first visit
 * (no saved views, no link) parses nothing at all.
 */
export function loadViewParsers(): Promise<typeof Parsers> {
  return import('./parse');
}
