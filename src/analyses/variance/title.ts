import { defineMessages } from '../../i18n/define';

/** The name in the navigation: the only message of this module the first screen shows. */
export const varianceTitle = defineMessages({ 'variance.title': 'Variance' }, { 'variance.title': '波动分析' });
