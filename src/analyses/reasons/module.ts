import { lazy } from 'react';
import { defineAnalysis } from '../common/module';
import { reasonsMessages } from './catalog';
import { REASONS_SETTINGS } from './settings';

/** Why customers call: volume, trends and emerging reasons, the reason × KPI matrix, repeats, tags, what-if. */
export const reasonsAnalysis = defineAnalysis({
  id: 'reasons',
  titleKey: 'reasons.title',
  settings: REASONS_SETTINGS,
  needs: ['reason'],
  messages: reasonsMessages,
  // The panel and its charts load when the analysis is first opened, not with the first screen.
  Panel: lazy(() => import('./ReasonsPanel').then((m) => ({ default: m.ReasonsPanel }))),
});
