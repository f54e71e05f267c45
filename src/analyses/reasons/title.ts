import { defineMessages } from '../../i18n/define';

/** The name in the navigation: the only message of this module the first screen shows. */
export const reasonsTitle = defineMessages({ 'reasons.title': 'Call reasons' }, { 'reasons.title': '来电原因' });
