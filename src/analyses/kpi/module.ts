import { defineAnalysis } from '../common/module';
import { kpiMessages } from './catalog';
import { OverviewPanel } from './OverviewPanel';
import { OVERVIEW_SETTINGS } from './settings';

/** The operation at a glance: the first analysis. */
export const overviewAnalysis = defineAnalysis({
  id: 'overview',
  titleKey: 'kpi.title',
  settings: OVERVIEW_SETTINGS,
  needs: [],
  messages: kpiMessages,
  Panel: OverviewPanel,
});
