import { defineAnalysis } from '../common/module';
import { reasonsMessages } from './catalog';
import { ReasonsPanel } from './ReasonsPanel';
import { REASONS_SETTINGS } from './settings';

/** Why customers call: volume, trends and emerging reasons, the reason × KPI matrix, repeats, tags, what-if. */
export const reasonsAnalysis = defineAnalysis({
  id: 'reasons',
  titleKey: 'reasons.title',
  settings: REASONS_SETTINGS,
  needs: ['reason'],
  messages: reasonsMessages,
  Panel: ReasonsPanel,
});
