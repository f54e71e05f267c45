import { lazy } from 'react';
import { defineAnalysis } from '../common/module';
import { valueMessages } from './messages';
import { VALUE_SETTINGS } from './settings';

/** Who the valuable customers are, what each costs to serve, and how value is spread. */
export const valueAnalysis = defineAnalysis({
  id: 'value',
  titleKey: 'value.title',
  settings: VALUE_SETTINGS,
  needs: ['customer_id'],
  messages: valueMessages,
  // The panel and its charts load when the analysis is first opened, not with the first screen.
  Panel: lazy(() => import('./ValueAnalysis').then((m) => ({ default: m.ValueAnalysis }))),
});
