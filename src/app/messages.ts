import { dataQualityMessages } from '../analyses/common/exclusions/catalog';
import { ingestMessages } from '../features/data/catalog';
import { helpLinkMessages, loadHelpCatalog } from '../features/help/help-messages';
import { sampleMessages } from '../features/data/sample/catalog';
import { viewsMessages } from '../features/library/catalog';
import { modelMessages } from '../features/mapping/catalog';
import { registerMessages } from '../i18n/catalog';
import { drillMessages } from '../i18n/catalogs/drill';
import { engineMessages } from '../i18n/catalogs/engine';
import { exportMessages } from '../i18n/catalogs/exports';
import { gridMessages } from '../i18n/catalogs/grid';
import { appMessages } from './catalog';
import { offlineMessages } from './offline/catalog';
import { ANALYSES } from './registry';

/**
 * Registers the messages the first screen shows; imported first by the entry point. A lazy analysis's own catalogue
 * (and the help page's) registers when its code loads.
 */
registerMessages(
  appMessages,
  engineMessages,
  gridMessages,
  exportMessages,
  drillMessages,
  ingestMessages,
  modelMessages,
  sampleMessages,
  viewsMessages,
  dataQualityMessages,
  offlineMessages,
  helpLinkMessages,
  ...ANALYSES.map((a) => a.messages),
);

/** Registers the lazy catalogues too, for the tests that read every message. */
export async function registerEveryMessage(): Promise<void> {
  const lazy = await Promise.all([loadHelpCatalog(), ...ANALYSES.flatMap((a) => (a.catalog ? [a.catalog()] : []))]);
  registerMessages(...lazy);
}
