import { dataQualityMessages } from '../analyses/common/exclusions/catalog';
import { ingestMessages } from '../features/data/catalog';
import { helpMessages } from '../features/help/catalog';
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

/** Registers every feature's and every analysis's messages; imported first by the entry point. */
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
  helpMessages,
  ...ANALYSES.map((a) => a.messages),
);
