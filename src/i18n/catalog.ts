import type { Language } from './define';
import { analysesMessages } from '../analyses/kpi/catalog';
import { appMessages } from '../app/catalog';
import { ingestMessages } from '../features/data/catalog';
import { modelMessages } from '../features/mapping/catalog';
import { sampleMessages } from '../features/data/sample/catalog';
import { viewsMessages } from '../features/library/catalog';

const parts = [appMessages, ingestMessages, modelMessages, sampleMessages, viewsMessages, analysesMessages];

/** Every message of every feature, per language. */
export const CATALOG: Record<Language, Record<string, string>> = {
  en: Object.assign({}, ...parts.map((p) => p.en)) as Record<string, string>,
  'zh-CN': Object.assign({}, ...parts.map((p) => p['zh-CN'])) as Record<string, string>,
};

/** The feature catalogues themselves, for the test that no key is declared twice. */
export const CATALOG_PARTS = parts;
