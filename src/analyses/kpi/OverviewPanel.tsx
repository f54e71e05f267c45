import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { ExclusionSummary } from '../common/exclusions/ExclusionSummary';
import type { Engine } from '../../engine/engine';
import { useT } from '../../i18n/react';
import type { KpiSettings, ValidationReport } from '../../model';
import { dailyOption } from './daily-option';
import type { KpiSpec } from './kpi-sql';
import { KPI_IDS, kpiValues, missingFor } from './kpi-shape';
import { KpiSettingsBar } from './KpiSettingsBar';
import { KpiTile } from './KpiTile';
import { useOverview } from './use-overview';
import './overview.css';

interface Props {
  engine: Engine;
  spec: KpiSpec;
  viewsVersion: number;
  /** Roles the `calls` view carries (others are typed NULLs). */
  available: ReadonlySet<string>;
  report: ValidationReport | null;
  /** Analyses sit below `src/ui` in the import order, so the app hands in its chart host. */
  onSettings: (settings: Partial<KpiSettings>) => void;
  renderChart: (option: ReturnType<typeof dailyOption>, label: string) => ReactNode;
}

function days(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
}

/** The operation at a glance: the KPIs of DOMAIN.md §2 against the previous period, and the daily chart. */
export function OverviewPanel({ engine, spec, viewsVersion, available, report, onSettings, renderChart }: Props) {
  const t = useT();
  const data = useOverview(engine, spec, viewsVersion);
  const option = useMemo(
    () =>
      data.status === 'ready'
        ? dailyOption(data.daily, { offered: t('kpi.offered'), answerRate: t('kpi.answerRate') })
        : null,
    [data, t],
  );
  if (data.status === 'failed') return <p className="error-banner">{t('kpi.failed', { message: data.message })}</p>;
  if (data.status === 'loading') return <p className="kpi-loading">{t('kpi.loading')}</p>;
  const { sums } = data;
  const current = kpiValues(sums.current, spec.settings);
  const previous = kpiValues(sums.previous, spec.settings);
  const repeatAny = sums.current.repeatBase ? sums.current.repeatAny / sums.current.repeatBase : null;
  return (
    <section className="overview" data-testid="overview">
      <h2>{t('kpi.title')}</h2>
      {sums.range ? (
        <p className="kpi-period" data-testid="kpi-period">
          {t('kpi.period', { ...sums.range, days: days(sums.range.from, sums.range.to) })}
        </p>
      ) : (
        <p className="kpi-period">{t('kpi.noData')}</p>
      )}
      {report && (
        <ExclusionSummary
          engine={engine}
          report={report}
          filters={spec.filters}
          settings={spec.settings}
          viewsVersion={viewsVersion}
          analysis="overview"
        />
      )}
      <div className="kpi-grid">
        {KPI_IDS.map((id) => (
          <KpiTile
            key={id}
            id={id}
            current={current[id]}
            previous={sums.previous.offered ? previous[id] : null}
            missing={
              id === 'repeatRate' && report?.materialised === false
                ? ['size']
                : missingFor(id, available, spec.settings)
            }
            settings={spec.settings}
            repeatAny={repeatAny}
          />
        ))}
      </div>
      {option && data.daily.length > 0 && renderChart(option, t('kpi.daily'))}
      <KpiSettingsBar settings={spec.settings} onChange={onSettings} />
    </section>
  );
}
