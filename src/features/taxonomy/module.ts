import { defineAnalysis } from '../../analyses/common/module';
import { taxonomyTitle } from './title';

/**
 * The reason taxonomy editor, routed and listed like an analysis (`#/taxonomy`) so the shell needs one registry
 * line; it reads the calls' raw codes and writes the reasons every analysis counts by.
 */
export const taxonomyFeature = defineAnalysis({
  id: 'taxonomy',
  titleKey: 'taxonomy.title',
  settings: {},
  needs: ['reason'],
  messages: taxonomyTitle,
  // The panel, its charts and its messages load when the analysis is first opened, not with the first screen.
  catalog: () => import('./catalog').then((m) => m.taxonomyMessages),
  panel: () => import('./TaxonomyPanel').then((m) => m.TaxonomyPanel),
});
