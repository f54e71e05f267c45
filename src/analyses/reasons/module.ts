import { defineAnalysis } from '../common/module';
import { REASONS_SETTINGS } from './settings';
import { reasonsTitle } from './title';

/** Why customers call: volume, trends and emerging reasons, the reason × KPI matrix, repeats, tags, what-if. */
export const reasonsAnalysis = defineAnalysis({
  id: 'reasons',
  titleKey: 'reasons.title',
  settings: REASONS_SETTINGS,
  needs: ['reason'],
  messages: reasonsTitle,
  // The panel, its charts and its messages load when the analysis is first opened, not with the first screen.
  catalog: () => import('./catalog').then((m) => m.reasonsMessages),
  panel: () => import('./ReasonsPanel').then((m) => m.ReasonsPanel),
});
