import { formatNumber, type Language } from '../../i18n';
import { KPI_FORMAT, type KpiId } from './kpi-shape';

/** A KPI value as people read it: counts grouped, shares as %, seconds with one decimal, money with two. */
export function formatKpi(language: Language, id: KpiId, value: number | null): string {
  if (value === null) return '—';
  switch (KPI_FORMAT[id]) {
    case 'count':
      return formatNumber(language, value);
    case 'share':
      return `${formatNumber(language, value * 100, 1)}%`;
    case 'seconds':
      return formatNumber(language, value, 1);
    case 'money':
      return formatNumber(language, value, 2);
  }
}

/**
 * The change from the previous period: percentage points for shares, a relative % for the rest.
 * Null when either side has no value (or the previous one is zero for a relative change).
 */
export function formatChange(
  language: Language,
  id: KpiId,
  current: number | null,
  previous: number | null,
  points: string,
): { text: string; direction: 'up' | 'down' | 'flat' } | null {
  if (current === null || previous === null) return null;
  const share = KPI_FORMAT[id] === 'share';
  if (!share && previous === 0) return null;
  const delta = share ? (current - previous) * 100 : ((current - previous) / previous) * 100;
  const direction = Math.abs(delta) < 0.05 ? 'flat' : delta > 0 ? 'up' : 'down';
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const body = formatNumber(language, Math.abs(delta), 1);
  return { text: `${sign}${body}${share ? ` ${points}` : '%'}`, direction };
}
