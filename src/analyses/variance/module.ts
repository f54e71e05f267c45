import { defineAnalysis } from '../common/module';
import { VARIANCE_SETTINGS } from './settings';
import { varianceTitle } from './title';

/** How much a KPI swings, when, and because of what. */
export const varianceAnalysis = defineAnalysis({
  id: 'variance',
  titleKey: 'variance.title',
  settings: VARIANCE_SETTINGS,
  needs: [],
  messages: varianceTitle,
  // The panel, its charts and its messages load when the analysis is first opened, not with the first screen.
  catalog: () => import('./catalog').then((m) => m.varianceMessages),
  panel: () => import('./VarianceRoute').then((m) => m.VarianceRoute),
});
