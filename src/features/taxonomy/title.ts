import { defineMessages } from '../../i18n/define';

/** The name in the navigation: the only message of this module the first screen shows. */
export const taxonomyTitle = defineMessages(
  { 'taxonomy.title': 'Reason taxonomy' },
  { 'taxonomy.title': '来电原因体系' },
);
