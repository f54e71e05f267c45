import { defineAnalysis } from '../analyses/common/module';
import { defineMessages } from '../i18n/define';
import { EXPLORE_SETTINGS } from './settings';

/** Only the name in the navigation loads with the first screen; the rest of the catalogue loads with the panel. */
const exploreNavMessages = defineMessages({ 'explore.title': 'Explore' }, { 'explore.title': '探索' });

/** A SQL workbench over the loaded tables and the canonical views, with a paged grid and quick charts (issue 16). */
export const exploreArea = defineAnalysis({
  id: 'explore',
  titleKey: 'explore.title',
  settings: EXPLORE_SETTINGS,
  needs: [],
  messages: exploreNavMessages,
  // CodeMirror, the workbench and its messages load when Explore is first opened, not with the first screen.
  catalog: () => import('./messages').then((m) => m.exploreMessages),
  panel: () => import('./ExploreArea').then((m) => m.ExploreArea),
});
