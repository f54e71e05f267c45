import { defineAnalysis } from '../common/module';
import { varianceMessages } from './catalog';
import { VARIANCE_SETTINGS } from './settings';
import { LazyVariancePanel } from './LazyVariancePanel';

/** How much a KPI swings, when, and because of what. */
export const varianceAnalysis = defineAnalysis({
  id: 'variance',
  titleKey: 'variance.title',
  settings: VARIANCE_SETTINGS,
  needs: [],
  messages: varianceMessages,
  Panel: LazyVariancePanel,
});
