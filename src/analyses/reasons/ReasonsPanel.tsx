import { useLanguageStore, useT } from '../../i18n/react';
import type { AnalysisPanelProps } from '../common/module';
import { readFindings, type Finding, type FindingKind } from '../common/findings/finding';
import { callsWhere, offeredCall } from '../../metrics';
import { sql } from '../../sql';
import { callsSlice } from '../common/drill/drill-slice';
import { ExclusionSummary } from '../common/exclusions/ExclusionSummary';
import { openDrill } from '../common/drill/drill-store';
import type { DrillSlice } from './drill-sql';
import { count, percent } from './format';
import { HeatmapSection } from './HeatmapSection';
import { MatrixSection } from './MatrixSection';
import type { REASONS_SETTINGS } from './settings';
import { SegmentsSection } from './SegmentsSection';
import { SpikeSection } from './SpikeSection';
import { readTagRules } from './tag-rules';
import { TagsSection } from './TagsSection';
import { TransitionsSection } from './TransitionsSection';
import { TrendSection } from './TrendSection';
import { useReasons } from './use-reasons';
import { VolumeSection } from './VolumeSection';
import { WhatIfSection } from './WhatIfSection';
import './reasons.css';

/** Why customers call, how that changes, and what each reason costs (DOMAIN.md §5, ANALYSES.md §3). */
export function ReasonsPanel({ context, settings, onSettings }: AnalysisPanelProps<typeof REASONS_SETTINGS>) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const { filters, definitions } = context;
  const state = useReasons(filters, definitions, settings.recentDays, settings.baselineDays);
  const data = state.status === 'ready' ? state.value : state.status === 'loading' ? state.stale : null;
  // A figure's calls: its slice under the filters, offered calls only, in the shared drill-through list.
  const drill = (slice: DrillSlice) =>
    openDrill(
      callsSlice(sql`${callsWhere(filters)} and ${offeredCall(definitions)} and (${slice.where})`, slice.label),
    );
  const kept = readFindings(settings.findings);
  const keep = (findings: readonly Finding[], kinds: readonly FindingKind[]) =>
    onSettings({ ...settings, findings: [...kept.filter((f) => !kinds.includes(f.kind)), ...findings] as never });
  const set = (patch: Partial<typeof settings>) => onSettings({ ...settings, ...patch });
  const busy = state.status === 'loading' || state.status === 'idle';
  const table = data?.table;
  const top = table?.reasons[0];
  const days = data ? Math.round((Date.parse(data.span.to) - Date.parse(data.span.from)) / 86_400_000) + 1 : 0;
  return (
    <section className="reasons" data-testid="reasons" aria-busy={busy} data-state={state.status}>
      <h2>{t('reasons.title')}</h2>
      {state.status === 'failed' && <p className="error-banner">{t('reasons.failed', { message: state.message })}</p>}
      {busy && !data && <p role="status">{t('reasons.loading')}</p>}
      {state.status === 'ready' && !data && <p>{t('reasons.noData')}</p>}
      {data && table && (
        <div className={busy ? 'reasons-body reasons-stale' : 'reasons-body'}>
          <dl className="reasons-figures">
            <div>
              <dt>{t('reasons.offered')}</dt>
              <dd data-figure="reasons.offered" data-value={table.offered}>
                {count(language, table.offered)}
              </dd>
            </div>
            <div title={t('reasons.coverage.def')}>
              <dt>{t('reasons.coverage')}</dt>
              <dd data-figure="reasons.coverage" data-value={table.coverage ?? ''}>
                {percent(language, table.coverage)}
              </dd>
            </div>
            <div>
              <dt>{t('reasons.topShare')}</dt>
              <dd data-figure="reasons.top_share" data-value={top?.values.share ?? ''} data-key={top?.reason ?? ''}>
                {percent(language, top?.values.share)} {top?.reason ?? ''}
              </dd>
            </div>
            <div>
              <dt>{t('reasons.count')}</dt>
              <dd data-figure="reasons.reasons" data-value={table.reasons.filter((r) => r.reason !== null).length}>
                {count(language, table.reasons.filter((r) => r.reason !== null).length)}
              </dd>
            </div>
          </dl>
          {context.report && (
            <ExclusionSummary report={context.report} filters={filters} settings={definitions} analysis="reasons" />
          )}
          <p className="reasons-note">{t('reasons.coverage.def')}</p>
          <VolumeSection
            table={table}
            level={settings.level}
            sizeBy={settings.sizeBy}
            onLevel={(level) => set({ level })}
            onSizeBy={(sizeBy) => set({ sizeBy })}
            onDrill={drill}
          />
          <div className="reasons-controls">
            <label>
              {t('reasons.recentDays')}{' '}
              <input
                type="number"
                min={1}
                max={366}
                value={settings.recentDays}
                onChange={(e) =>
                  set({ recentDays: Math.max(1, Math.min(366, Math.round(Number(e.target.value)) || 28)) })
                }
              />
            </label>
            <label>
              {t('reasons.baselineDays')}{' '}
              <input
                type="number"
                min={1}
                max={731}
                value={settings.baselineDays}
                onChange={(e) =>
                  set({ baselineDays: Math.max(1, Math.min(731, Math.round(Number(e.target.value)) || 84)) })
                }
              />
            </label>
          </div>
          <TrendSection emerging={data.emerging} trend={data.trend} grain={data.grain} kept={kept} onKeep={keep} />
          <MatrixSection rows={table.reasons} currency={definitions.currency} onDrill={drill} />
          <TransitionsSection
            filters={filters}
            definitions={definitions}
            days={settings.transitionDays}
            onDays={(transitionDays) => set({ transitionDays })}
            onDrill={drill}
          />
          <HeatmapSection
            filters={filters}
            definitions={definitions}
            bucket={settings.heatmap}
            onBucket={(heatmap) => set({ heatmap })}
            onDrill={drill}
          />
          <SpikeSection filters={filters} definitions={definitions} span={data.span} kept={kept} onKeep={keep} />
          <TagsSection
            filters={filters}
            definitions={definitions}
            rules={readTagRules(settings.tagRules)}
            windows={data.emerging.windows}
            onRules={(rules) =>
              set({ tagRules: rules.map((r) => ({ name: r.name, include: [...r.include], exclude: [...r.exclude] })) })
            }
            onDrill={drill}
            kept={kept}
            onKeep={keep}
          />
          <SegmentsSection filters={filters} definitions={definitions} onDrill={drill} />
          <WhatIfSection
            rows={table.reasons}
            days={days}
            definitions={definitions}
            cut={settings.whatIfCut}
            hoursPerFte={settings.hoursPerFte}
            onChange={set}
          />
        </div>
      )}
    </section>
  );
}
