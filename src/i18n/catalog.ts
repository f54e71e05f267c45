import type { Language } from './define';
import { analysesMessages } from './catalogs/analyses';
import { appMessages } from './catalogs/app';
import { dataQualityMessages } from './catalogs/data-quality';
import { engineMessages } from './catalogs/engine';
import { ingestMessages } from './catalogs/ingest';
import { modelMessages } from './catalogs/model';
import { sampleMessages } from './catalogs/sample';
import { viewsMessages } from './catalogs/views';

const parts = [
  appMessages,
  engineMessages,
  ingestMessages,
  modelMessages,
  sampleMessages,
  viewsMessages,
  analysesMessages,
  dataQualityMessages,
];

/** Every message of every feature, per language. */
export const CATALOG: Record<Language, Record<string, string>> = {
  en: Object.assign({}, ...parts.map((p) => p.en)) as Record<string, string>,
  'zh-CN': Object.assign({}, ...parts.map((p) => p['zh-CN'])) as Record<string, string>,
};

/** The feature catalogues themselves, for the test that no key is declared twice. */
export const CATALOG_PARTS: { en: Record<string, string>; 'zh-CN': Record<string, string> }[] = parts;

/**
 * Adds a feature's messages declared above this layer (an analysis's own `messages.ts`), once; a key that
 * another feature already declares is refused.
 */
export function registerMessages(part: { en: Record<string, string>; 'zh-CN': Record<string, string> }): void {
  if (CATALOG_PARTS.includes(part)) return;
  const taken = Object.keys(part.en).filter((key) => key in CATALOG.en);
  if (taken.length) throw new Error(`Messages declared twice: ${taken.join(', ')}`);
  CATALOG_PARTS.push(part);
  Object.assign(CATALOG.en, part.en);
  Object.assign(CATALOG['zh-CN'], part['zh-CN']);
}
