import { useMemo } from 'react';
import { explainError } from '../../engine/user-words';
import { formatNumber } from '../../i18n';
import { useLanguageStore, useT } from '../../i18n/react';
import { dayCount, kpiMissing } from '../../metrics';
import { useModelStore } from '../../state/model-store';
import { LazyChart } from '../../ui/chart/LazyChart';
import { ErrorDetails } from '../../ui/ErrorDetails';
import { openDrill } from '../common/drill/drill-store';
import { ExclusionSummary } from '../common/exclusions/ExclusionSummary';
import type { AnalysisPanelProps } from '../common/module';
import { kpiDrill } from './kpi-drill';
import { TILES } from './kpi-shape';
import { KpiSettingsBar } from './KpiSettingsBar';
import { KpiTile } from './KpiTile';
import type { OVERVIEW_SETTINGS } from './settings';
import { seriesOption } from './series-option';
import { useOverview } from './use-overview';
import './overview.css';

/** Why the overview could not be computed, in the user's words; the engine's own text folded away. */
function FailedOverview({ message }: { message: string }) {
  const t = useT();
  const failure = explainError(t, message);
  return (
    <div className="error-banner" role="alert">
      {t('kpi.failed', { message: failure.text })}
      <ErrorDetails raw={failure.raw} label={t('engine.error.details')} />
    </div>
  );
}

/** The operation at a glance: the KPIs of DOMAIN.md §2 against the previous period, and the volume chart. */
export function OverviewPanel({ context, settings, onSettings }: AnalysisPanelProps<typeof OVERVIEW_SETTINGS>) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const { filters, definitions, available, report, setDefinitions } = context;
  const viewsVersion = useModelStore((s) => s.viewsVersion);
  const state = useOverview(filters, definitions, settings.grain);
  const data = state.status === 'ready' ? state.value : state.status === 'loading' ? state.stale : null;
  const option = useMemo(
    () =>
      data && data.series.length > 0
        ? seriesOption(data.series, { offered: t('kpi.offered'), answerRate: t('kpi.answerRate') })
        : null,
    [data, t],
  );
  const days = (n: number) => t(n === 1 ? 'kpi.days.one' : 'kpi.days.other', { n: formatNumber(language, n) });
  const busy = state.status === 'loading' || state.status === 'idle';
  return (
    <section className="overview" data-testid="overview" aria-busy={busy} data-state={state.status}>
      <h2>{t('kpi.title')}</h2>
      {state.status === 'failed' && <FailedOverview message={state.message} />}
      {busy && (
        <p className="kpi-loading" role="status">
          {t('kpi.loading')}
        </p>
      )}
      {state.status === 'ready' && !data && <p className="kpi-period">{t('kpi.noData')}</p>}
      {data && (
        <div className={busy ? 'overview-figures overview-stale' : 'overview-figures'}>
          <p className="kpi-period" data-testid="kpi-period">
            {data.previous.covered
              ? t(data.previous.partial ? 'kpi.period.partial' : 'kpi.period', {
                  from: data.current.from,
                  to: data.current.to,
                  days: days(dayCount(data.current)),
                  previousFrom: data.previous.covered.from,
                  previousTo: data.previous.covered.to,
                  covered: days(dayCount(data.previous.covered)),
                })
              : t('kpi.period.none', {
                  from: data.current.from,
                  to: data.current.to,
                  days: days(dayCount(data.current)),
                })}
          </p>
          {report && <ExclusionSummary report={report} filters={filters} settings={definitions} analysis="overview" />}
          <div className="kpi-grid">
            {TILES.map((id) => {
              const previous = data.previous.covered ? data.values.previous[id] : null;
              // Counts over a shortened window are not comparable with a whole one; rates still are.
              const comparable = !(data.previous.partial && id === 'offered');
              return (
                <KpiTile
                  key={id}
                  id={id}
                  current={data.values.current[id]}
                  previous={comparable ? previous : null}
                  noChange={
                    !data.previous.covered ? 'kpi.change.none' : comparable ? 'kpi.change.empty' : 'kpi.change.partial'
                  }
                  missing={
                    id === 'repeat_rate' && report?.materialised === false
                      ? ['size']
                      : kpiMissing(id, available, definitions)
                  }
                  definitions={definitions}
                  repeatAny={data.values.current.repeat_rate_any}
                  onDrill={
                    data.values.current.offered
                      ? () => openDrill(kpiDrill(id, filters, definitions, data.current, t))
                      : undefined
                  }
                />
              );
            })}
          </div>
          {option && <LazyChart option={option} label={t(data.grain === 'hour' ? 'kpi.hourly' : 'kpi.daily')} />}
        </div>
      )}
      <div className="overview-controls">
        <label>
          {t('kpi.grain')}{' '}
          <select
            data-testid="setting-grain"
            value={settings.grain}
            onChange={(e) => onSettings({ ...settings, grain: e.target.value as typeof settings.grain })}
          >
            {(['auto', 'day', 'hour'] as const).map((g) => (
              <option key={g} value={g}>
                {t(`kpi.grain.${g}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {/* Remounted when a view is applied (the views are rebuilt), so its inputs show the restored definitions. */}
      <KpiSettingsBar key={viewsVersion} definitions={definitions} onChange={setDefinitions} />
    </section>
  );
}
