import { defineMessages } from '../../i18n/define';

/** The name in the navigation: the only message of this module the first screen shows. */
export const valueTitle = defineMessages({ 'value.title': 'Customer value' }, { 'value.title': '客户价值' });
