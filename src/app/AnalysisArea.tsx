import { Suspense, useMemo } from 'react';
import { DrillDialog } from '../analyses/common/drill/DrillDialog';
import { readSettings } from '../analyses/common/settings';
import type { AnalysisContext } from '../analyses/common/module';
import { FilterBar } from '../features/filters/FilterBar';
import { ReportButton } from '../features/report/ReportButton';
import { MappingScreen } from '../features/mapping/MappingScreen';
import { useAutoDetect } from '../features/mapping/use-auto-detect';
import { useSourceTables } from '../features/mapping/use-tables';
import { FirstRun } from '../features/data/sample/FirstRun';
import { SampleBanner } from '../features/data/sample/SampleBanner';
import { useT } from '../i18n/react';
import { quotedList } from '../i18n/words';
import { availableCallRoles } from '../model';
import { useEngineStore } from '../state/engine-store';
import { useModelStore } from '../state/model-store';
import { useWorkspaceStore } from '../state/workspace-store';
import { ANALYSES, findAnalysis } from './registry';

/** Where analyses render: the mapping screen until the views exist, then the filters and the open analysis. */
export function AnalysisArea() {
  const t = useT();
  useAutoDetect();
  const tables = useSourceTables();
  const engine = useEngineStore((s) => (s.status === 'ready' ? s.engine : null));
  const { status, mapping, filters, report, edit } = useModelStore();
  const { analysis, settings, definitions, setDefinitions, setAnalysisSettings } = useWorkspaceStore();
  const available = useMemo(() => availableCallRoles(mapping), [mapping]);
  const context: AnalysisContext = useMemo(
    () => ({ filters, definitions, available, report, setDefinitions }),
    [filters, definitions, available, report, setDefinitions],
  );
  const module = findAnalysis(analysis) ?? ANALYSES[0]!;
  const own = useMemo(() => readSettings(module.settings, settings[module.id]), [module, settings]);
  if (tables.length === 0 || !engine) return <FirstRun />;
  if (status !== 'ready') return <MappingScreen />;
  const missing = module.needs.filter((role) => !available.has(role));
  const { Panel } = module;
  return (
    <>
      <SampleBanner />
      <div className="analysis-top">
        <FilterBar />
        <button type="button" data-testid="edit-mapping" onClick={edit}>
          {t('model.edit')}
        </button>
        {missing.length === 0 && <ReportButton analysis={t(module.titleKey)} />}
      </div>
      {missing.length > 0 ? (
        <p className="analysis-needs" data-testid="analysis-needs">
          {t('app.analysisNeeds', {
            roles: quotedList(
              t,
              missing.map((r) => t(`model.role.${r}`)),
            ),
          })}
        </p>
      ) : (
        <div className="analysis-panel" data-analysis={module.id}>
          <Suspense fallback={<p role="status">{t('app.loadingAnalysis')}</p>}>
            <Panel
              key={module.id}
              context={context}
              settings={own}
              onSettings={(next) => setAnalysisSettings(module.id, next)}
            />
          </Suspense>
        </div>
      )}
      <DrillDialog engine={engine} />
    </>
  );
}
