import { formatNumber } from '../../../i18n';
import { useLanguageStore, useT } from '../../../i18n/react';
import type { KpiDefinitions } from '../../../metrics';
import { EXCLUDED, EXCLUSION_REASONS, type Filters, type ValidationReport } from '../../../model';
import { sql } from '../../../sql';
import { useEngineQuery } from '../../../state/use-engine-query';
import { callsSlice, tableSlice } from '../drill/drill-slice';
import { openDrill } from '../drill/drill-store';
import { filterCountsSql, leftOutWhere, readFilterCounts } from './exclusion-sql';
import './exclusions.css';

/** A reason a row is not counted: one of the build's, or left out by the analysis's own filters and settings. */
export type LeftOutReason = (typeof EXCLUSION_REASONS)[number] | 'outside_filters' | 'short_abandon';

interface Props {
  readonly report: ValidationReport;
  readonly filters: Filters;
  readonly settings: Pick<KpiDefinitions, 'shortAbandonSeconds'>;
  /** The figure prefix (`overview`, `value`…): figures are `<analysis>.rows_loaded`, `<analysis>.excluded.<reason>`. */
  readonly analysis: string;
}

/** Says how many loaded rows an analysis counts and how many it leaves out, and why, every reason with its count. */
export function ExclusionSummary({ report, filters, settings, analysis }: Props) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const short = settings.shortAbandonSeconds;
  // Counts of other filters are never shown as current: only a ready answer for these filters is used.
  const state = useEngineQuery(JSON.stringify([filters, short]), async (engine) =>
    readFilterCounts(await engine.query(filterCountsSql(filters, { shortAbandonSeconds: short }))),
  );
  const counts = state.status === 'ready' ? state.value : null;
  const n = (v: number) => formatNumber(language, v);
  const reasons: { reason: LeftOutReason; count: number }[] = [
    ...EXCLUSION_REASONS.map((reason) => ({ reason, count: report.exclusions[reason] })),
    ...(counts
      ? [
          { reason: 'outside_filters' as const, count: counts.outsideFilters },
          { reason: 'short_abandon' as const, count: counts.shortAbandons },
        ]
      : []),
  ].filter((r) => r.count > 0);
  const counted = counts?.counted ?? report.counted;
  const show = (reason: LeftOutReason, label: string) =>
    openDrill(
      reason === 'outside_filters' || reason === 'short_abandon'
        ? callsSlice(leftOutWhere(reason, filters, settings), label)
        : tableSlice(EXCLUDED, sql`excluded_reason = ${reason}`, label),
    );
  return (
    <details className="exclusions" data-testid="exclusions">
      <summary>
        {t('exclusions.counted')}{' '}
        <strong data-figure={`${analysis}.counted`} data-value={counted}>
          {n(counted)}
        </strong>
        {t('exclusions.of')}
        <span data-figure={`${analysis}.rows_loaded`} data-value={report.total}>
          {n(report.total)}
        </span>
        {t('exclusions.loaded')}
        <span data-figure={`${analysis}.left_out`} data-value={report.total - counted}>
          {n(report.total - counted)}
        </span>
        {t('exclusions.left')}
      </summary>
      <ul>
        {reasons.map(({ reason, count }) => (
          <li key={reason} data-figure={`${analysis}.excluded.${reason}`} data-value={count}>
            <button
              type="button"
              className="link"
              data-testid={`excluded-${reason}`}
              aria-label={t('drill.showFor', { figure: t(`exclusions.reason.${reason}`, { seconds: short }) })}
              onClick={() => show(reason, t(`exclusions.reason.${reason}`, { seconds: short }))}
            >
              {n(count)}
            </button>{' '}
            {t(`exclusions.reason.${reason}`, { seconds: short })}
          </li>
        ))}
        {reasons.length === 0 && <li>{t('exclusions.none')}</li>}
      </ul>
    </details>
  );
}
