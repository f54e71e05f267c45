import { defineAnalysis } from '../../analyses/common/module';
import { taxonomyMessages } from './catalog';
import { TaxonomyPanel } from './TaxonomyPanel';

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
  Panel: TaxonomyPanel,
});
