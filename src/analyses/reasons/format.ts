import { formatNumber, type Language } from '../../i18n';

/** A fraction as a percentage with one decimal; an em dash for none. */
export const percent = (language: Language, v: number | null | undefined): string =>
  v === null || v === undefined ? '—' : `${formatNumber(language, 100 * v, 1)}%`;

export const count = (language: Language, v: number | null | undefined): string =>
  v === null || v === undefined ? '—' : formatNumber(language, v);

export const decimal = (language: Language, v: number | null | undefined, digits = 1): string =>
  v === null || v === undefined ? '—' : formatNumber(language, v, digits);

export const seconds = (language: Language, v: number | null | undefined): string =>
  v === null || v === undefined ? '—' : `${formatNumber(language, v)} s`;

export const money = (language: Language, v: number | null | undefined, currency: string): string => {
  if (v === null || v === undefined) return '—';
  return currency
    ? new Intl.NumberFormat(language, { style: 'currency', currency, maximumFractionDigits: 0 }).format(v)
    : formatNumber(language, v);
};

/** A change in percentage points with its sign. */
export const points = (language: Language, v: number | null | undefined): string =>
  v === null || v === undefined ? '—' : `${v > 0 ? '+' : ''}${formatNumber(language, 100 * v, 2)}`;
