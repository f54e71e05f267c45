import type { AnalysisModule } from '../analyses/common/module';
import { overviewAnalysis } from '../analyses/kpi/module';
import { reasonsAnalysis } from '../analyses/reasons/module';
import { valueAnalysis } from '../analyses/value/module';
import { varianceAnalysis } from '../analyses/variance/module';
import { exploreArea } from '../explore/module';
import { taxonomyFeature } from '../features/taxonomy/module';

/** Every analysis the app offers, in navigation order. Adding one is its folder plus one line here. */
export const ANALYSES: readonly AnalysisModule[] = [
  overviewAnalysis,
  valueAnalysis,
  varianceAnalysis,
  reasonsAnalysis,
  exploreArea,
  taxonomyFeature,
];

/** The analysis with this id, if the app has it. */
export function findAnalysis(id: string): AnalysisModule | undefined {
  return ANALYSES.find((a) => a.id === id);
}
