import { lazy } from 'react';
import { defineAnalysis } from '../analyses/common/module';
import { defineMessages } from '../i18n/define';
import { EXPLORE_SETTINGS } from './settings';

/** Only the name in the navigation loads with the first screen; the rest of the catalogue loads with the panel. */
export const exploreNavMessages = defineMessages({ 'explore.title': 'Explore' }, { 'explore.title': '探索' });

/** A SQL workbench over the loaded tables and the canonical views, with a paged grid and quick charts (issue 16). */
export const exploreArea = defineAnalysis({
  id: 'explore',
  titleKey: 'explore.title',
  settings: EXPLORE_SETTINGS,
  needs: [],
  messages: exploreNavMessages,
  // CodeMirror and the workbench load when Explore is first opened, not with the first screen.
  Panel: lazy(() => import('./ExploreArea').then((m) => ({ default: m.ExploreArea }))),
});
