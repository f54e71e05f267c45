import { formatNumber, type Language, type MessageParams } from '../../i18n';
import { KPI_META } from '../../metrics';
import type { ChangeDimension } from '../common/change/dimensions';
import type { DecomposableKpi } from '../common/change/kpi-weight';

/** `t` as the panel has it, passed to the pure helpers that write sentences. */
export type Translate = (key: string, params?: MessageParams) => string;

/** A KPI value as read: shares in %, counts per day, seconds, money. */
export function formatValue(language: Language, t: Translate, kpi: DecomposableKpi, value: number | null): string {
  if (value === null) return '—';
  switch (KPI_META[kpi].format) {
    case 'share':
      return `${formatNumber(language, value * 100, 1)}%`;
    case 'count':
      return formatNumber(language, value, 1);
    case 'seconds':
      return t('variance.seconds', { value: formatNumber(language, value, 1) });
    case 'money':
      return formatNumber(language, value, 2);
  }
}

/** A spread (sd, a change of sd): a share's as a fraction with three decimals (0.057), others as values. */
export function formatSpread(language: Language, t: Translate, kpi: DecomposableKpi, value: number | null): string {
  if (value === null) return '—';
  const format = KPI_META[kpi].format;
  const digits = format === 'share' ? 3 : format === 'money' ? 2 : 1;
  // A change that rounds to nothing reads 0.000, not -0.000; a real negative one gets a minus sign.
  const shown = Math.abs(value) < 0.5 * 10 ** -digits ? 0 : value;
  const text = format === 'share' ? formatNumber(language, shown, 3) : formatValue(language, t, kpi, shown);
  return text.replace('-', '−');
}

/** A change of a KPI: percentage points for shares (+1.20 pts is 0.012), values otherwise, always signed. */
export function formatDelta(language: Language, t: Translate, kpi: DecomposableKpi, value: number | null): string {
  if (value === null) return '—';
  const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
  if (KPI_META[kpi].format === 'share')
    return t('variance.points', { value: `${sign}${formatNumber(language, Math.abs(value) * 100, 2)}` });
  return `${sign}${formatValue(language, t, kpi, Math.abs(value))}`;
}

/** A share in %: one decimal, two under 1% (so a small share does not read 0.0%). */
export const percent = (language: Language, value: number, digits?: number) =>
  `${formatNumber(language, value * 100, digits ?? (Math.abs(value) < 0.01 && value !== 0 ? 2 : 1)).replace('-', '−')}%`;

/** A dimension's value as read: a weekday's name, an hour as `15:00`, else the value itself. */
export function segmentLabel(t: Translate, dim: ChangeDimension, value: string | null): string {
  if (value === null) return t('variance.none');
  if (dim === 'weekday') return t(`variance.weekday.${value}`);
  if (dim === 'hour') return t('variance.hourLabel', { hour: value.padStart(2, '0') });
  return value;
}

/** A list joined with the language's "and". */
export function joinAnd(t: Translate, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(items.length > 2 ? ', ' : '')}${t('variance.and')}${items[items.length - 1]}`;
}

/** Days of the month as a range where they run on (`1–3`), else listed. */
export function daysText(days: readonly number[], separator = ', '): string {
  const sorted = [...days].sort((a, b) => a - b);
  const run = sorted.every((d, i) => i === 0 || d === sorted[i - 1]! + 1);
  return run && sorted.length > 2 ? `${sorted[0]}–${sorted[sorted.length - 1]}` : sorted.join(separator);
}
