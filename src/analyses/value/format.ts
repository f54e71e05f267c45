import { formatNumber, type Language } from '../../i18n';
import type { Measure } from './value-spec';

/** A value of a measure: ratios with two decimals, money with none above 1,000 and two below. */
export function formatMeasure(language: Language, measure: Measure, value: number | null): string {
  if (value === null) return '—';
  if (measure === 'ratio') return formatNumber(language, value, 2);
  return formatNumber(language, value, Math.abs(value) >= 1000 ? 0 : 2);
}

/** A share (a fraction) as a percentage with at most one decimal. */
export function formatShare(language: Language, value: number | null): string {
  if (value === null) return '—';
  const percent = value * 100;
  return `${formatNumber(language, percent, Math.abs(percent) >= 10 ? 0 : 1)}%`;
}

/** A plain statistic (skewness, kurtosis, Gini, BC) with two decimals. */
export function formatStat(language: Language, value: number | null, digits = 2): string {
  return value === null ? '—' : formatNumber(language, value, digits);
}
