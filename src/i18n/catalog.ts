import type { Language } from './define';
import { analysesMessages } from './catalogs/analyses';
import { appMessages } from './catalogs/app';
import { dataQualityMessages } from './catalogs/data-quality';
import { helpMessages } from './catalogs/help';
import { ingestMessages } from './catalogs/ingest';
import { modelMessages } from './catalogs/model';
import { offlineMessages } from './catalogs/offline';
import { sampleMessages } from './catalogs/sample';
import { viewsMessages } from './catalogs/views';

const parts = [
  appMessages,
  ingestMessages,
  modelMessages,
  sampleMessages,
  viewsMessages,
  analysesMessages,
  dataQualityMessages,
  offlineMessages,
  helpMessages,
];

/** Every message of every feature, per language. */
export const CATALOG: Record<Language, Record<string, string>> = {
  en: Object.assign({}, ...parts.map((p) => p.en)) as Record<string, string>,
  'zh-CN': Object.assign({}, ...parts.map((p) => p['zh-CN'])) as Record<string, string>,
};

/** The feature catalogues themselves, for the test that no key is declared twice. */
export const CATALOG_PARTS = parts;
