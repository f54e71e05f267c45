import { useMemo } from 'react';
import { OverviewPanel } from '../analyses/kpi/OverviewPanel';
import { useT } from '../i18n/react';
import { availableCallRoles } from '../model';
import { LazyChart } from '../ui/chart/LazyChart';
import { useEngineStore } from '../state/engine-store';
import { FilterBar } from '../features/filters/FilterBar';
import { MappingScreen } from '../features/mapping/MappingScreen';
import { useAutoDetect } from '../features/mapping/use-auto-detect';
import { useSourceTables } from '../features/mapping/use-tables';
import { useModelStore } from '../state/model-store';
import { FirstRun } from '../features/data/sample/FirstRun';
import { SampleBanner } from '../features/data/sample/SampleBanner';

/** Where analyses render: the mapping screen until the views exist, then the filters and the overview. */
export function AnalysisArea() {
  const t = useT();
  useAutoDetect();
  const tables = useSourceTables();
  const engine = useEngineStore((s) => (s.status === 'ready' ? s.engine : null));
  const { status, mapping, filters, viewsVersion, report, edit, setSettings } = useModelStore();
  const spec = useMemo(() => ({ filters, settings: mapping.settings }), [filters, mapping.settings]);
  const available = useMemo(() => availableCallRoles(mapping), [mapping]);
  if (tables.length === 0 || !engine) {
    return <FirstRun />;
  }
  if (status !== 'ready') return <MappingScreen />;
  return (
    <>
      <SampleBanner />
      <div className="analysis-top">
        <FilterBar />
        <button type="button" data-testid="edit-mapping" onClick={edit}>
          {t('model.edit')}
        </button>
      </div>
      <OverviewPanel
        engine={engine}
        spec={spec}
        viewsVersion={viewsVersion}
        available={available}
        report={report}
        onSettings={setSettings}
        renderChart={(option, label) => <LazyChart option={option} label={label} />}
      />
    </>
  );
}
