import { formatNumber, type Language } from '../../i18n';
import { KPI_META, type KpiId } from '../../metrics';

/** A KPI value as people read it: counts grouped, shares as %, seconds with one decimal, money with two. */
export function formatKpi(language: Language, id: KpiId, value: number | null, currency = ''): string {
  if (value === null) return '—';
  switch (KPI_META[id].format) {
    case 'count':
      return formatNumber(language, value);
    case 'share':
      return `${formatNumber(language, value * 100, 1)}%`;
    case 'seconds':
      return formatNumber(language, value, 1);
    case 'money':
      return formatMoney(language, value, currency);
  }
}

/** Money with its currency when the user named one (`¥5.66`, `US$5.66`), else the bare amount. */
export function formatMoney(language: Language, value: number, currency: string): string {
  if (/^[A-Z]{3}$/.test(currency)) {
    try {
      return new Intl.NumberFormat(language, { style: 'currency', currency, minimumFractionDigits: 2 }).format(value);
    } catch {
      // An unknown code: show it beside the amount.
    }
  }
  const amount = formatNumber(language, value, 2);
  return currency ? `${amount} ${currency}` : amount;
}

/** Whether a change is good news, bad news, or neither, for this KPI. */
export type Tone = 'good' | 'bad' | 'neutral';

/**
 * The change from the previous period: percentage points for shares, a relative % for the rest, rounded as shown
 * (a change that rounds to zero is flat, never "−0.0"). Null when either side has no value, or the previous one is
 * zero for a relative change.
 */
export function formatChange(
  language: Language,
  id: KpiId,
  current: number | null,
  previous: number | null,
  points: string,
): { text: string; direction: 'up' | 'down' | 'flat'; tone: Tone } | null {
  if (current === null || previous === null) return null;
  const share = KPI_META[id].format === 'share';
  if (!share && previous === 0) return null;
  const delta = share ? (current - previous) * 100 : ((current - previous) / previous) * 100;
  const shown = Math.round(delta * 10) / 10;
  const direction = shown === 0 ? 'flat' : shown > 0 ? 'up' : 'down';
  const sign = direction === 'up' ? '+' : direction === 'down' ? '−' : '±';
  const body = formatNumber(language, Math.abs(shown), 1);
  const good = KPI_META[id].upIsGood;
  const tone: Tone = direction === 'flat' || good === null ? 'neutral' : (direction === 'up') === good ? 'good' : 'bad';
  return { text: `${sign}${body}${share ? ` ${points}` : '%'}`, direction, tone };
}
