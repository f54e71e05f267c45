import { defineAnalysis } from '../common/module';
import { VALUE_SETTINGS } from './settings';
import { valueTitle } from './title';

/** Who the valuable customers are, what each costs to serve, and how value is spread. */
export const valueAnalysis = defineAnalysis({
  id: 'value',
  titleKey: 'value.title',
  settings: VALUE_SETTINGS,
  needs: ['customer_id'],
  messages: valueTitle,
  // The panel, its charts and its messages load when the analysis is first opened, not with the first screen.
  catalog: () => import('./messages').then((m) => m.valueMessages),
  panel: () => import('./ValueAnalysis').then((m) => m.ValueAnalysis),
});
