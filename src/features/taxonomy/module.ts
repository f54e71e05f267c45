import { lazy } from 'react';
import { defineAnalysis } from '../../analyses/common/module';
import { taxonomyMessages } from './catalog';

/**
 * The reason taxonomy editor, routed and listed like an analysis (`#/taxonomy`) so the shell needs one registry
 * line; it reads the calls' raw codes and writes the reasons every analysis counts by.
 */
export const taxonomyFeature = defineAnalysis({
  id: 'taxonomy',
  titleKey: 'taxonomy.title',
  settings: {},
  needs: ['reason'],
  messages: taxonomyMessages,
  // The panel and its charts load when the analysis is first opened, not with the first screen.
  Panel: lazy(() => import('./TaxonomyPanel').then((m) => ({ default: m.TaxonomyPanel }))),
});
