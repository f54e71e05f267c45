import { defineMessages } from '../i18n/define';

/** Only the name in the navigation loads with the first screen; the rest of the catalogue loads with the panel. */
export const exploreTitle = defineMessages({ 'explore.title': 'Explore' }, { 'explore.title': '探索' });
