import { dataQualityMessages } from '../analyses/common/exclusions/catalog';
import { ingestMessages } from '../features/data/catalog';
import { sampleMessages } from '../features/data/sample/catalog';
import { viewsMessages } from '../features/library/catalog';
import { modelMessages } from '../features/mapping/catalog';
import { registerMessages } from '../i18n/catalog';
import { appMessages } from './catalog';
import { ANALYSES } from './registry';

/** Registers every feature's and every analysis's messages; imported first by the entry point. */
registerMessages(
  appMessages,
  ingestMessages,
  modelMessages,
  sampleMessages,
  viewsMessages,
  dataQualityMessages,
  ...ANALYSES.map((a) => a.messages),
);
