import { defineAnalysis } from '../common/module';
import { valueMessages } from './messages';
import { VALUE_SETTINGS } from './settings';
import { ValueAnalysis } from './ValueAnalysis';

/** Who the valuable customers are, what each costs to serve, and how value is spread. */
export const valueAnalysis = defineAnalysis({
  id: 'value',
  titleKey: 'value.title',
  settings: VALUE_SETTINGS,
  needs: ['customer_id'],
  messages: valueMessages,
  Panel: ValueAnalysis,
});
