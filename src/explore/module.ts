import { defineAnalysis } from '../analyses/common/module';
import { EXPLORE_SETTINGS } from './settings';
import { exploreTitle } from './title';

/** A SQL workbench over the loaded tables and the canonical views, with a paged grid and quick charts (issue 16). */
export const exploreArea = defineAnalysis({
  id: 'explore',
  titleKey: 'explore.title',
  settings: EXPLORE_SETTINGS,
  needs: [],
  messages: exploreTitle,
  // CodeMirror, the workbench and its messages load when Explore is first opened, not with the first screen.
  catalog: () => import('./messages').then((m) => m.exploreMessages),
  panel: () => import('./ExploreArea').then((m) => m.ExploreArea),
});
