import type { Language } from '../../i18n';
import type { Translate } from '../../i18n/react';
import { quotedList } from '../../i18n/words';
import type { KpiDefinitions } from '../../metrics';
import { LIST_FILTERS, type Filters, type ValidationReport } from '../../model';
import type { Dataset } from '../../state/datasets-store';
import type { FigureLine } from './panel-read';

/** The KPIs every analysis counts by, as the overview names them (message keys). */
const KPI_KEYS = [
  'offered',
  'answerRate',
  'abandonRate',
  'serviceLevel',
  'asa',
  'aht',
  'resolution',
  'repeatRate',
  'costPerContact',
] as const;

/** The filters in words, one line each; none when every call counts. */
export function filterLines(t: Translate, filters: Filters): string[] {
  const lines: string[] = [];
  if (filters.dateFrom) lines.push(`${t('model.filters.from')}: ${filters.dateFrom}`);
  if (filters.dateTo) lines.push(`${t('model.filters.to')}: ${filters.dateTo}`);
  for (const { key } of LIST_FILTERS) {
    const values = filters[key];
    if (values.length) lines.push(`${t(`model.filters.${key}`)}: ${quotedList(t, values)}`);
  }
  return lines;
}

/** Files with their rows, and the rows the analyses count and leave out. */
export function dataLines(
  t: Translate,
  language: Language,
  datasets: readonly Dataset[],
  report: ValidationReport | null,
): [string, string][] {
  const n = (v: number) => v.toLocaleString(language);
  const files = datasets.map((d) => t('report.file', { file: d.label, rows: n(d.rows) }));
  const lines: [string, string][] = [[t('report.files'), files.join(t('report.fileSeparator'))]];
  if (report) {
    lines.push([t('report.rowsLoaded'), n(report.total)]);
    lines.push([t('report.rowsCounted'), n(report.counted)]);
    lines.push([t('report.rowsLeftOut'), n(report.excluded)]);
  }
  return lines;
}

/**
 * Definitions: those of the figures on screen (their hover text), then every KPI's as the settings make it, so a
 * reader knows what each word means even where the view shows no tile.
 */
export function definitionLines(
  t: Translate,
  figures: readonly FigureLine[],
  definitions: KpiDefinitions,
): [string, string][] {
  const seen = new Map<string, string>();
  for (const f of figures) if (f.definition && f.label && !seen.has(f.label)) seen.set(f.label, f.definition);
  const params = {
    t: definitions.serviceLevelSeconds,
    n: definitions.repeatDays,
    short: definitions.shortAbandonSeconds,
    any: '—',
    currency: definitions.currency || t('kpi.currency.none'),
  };
  const known = new Set(seen.values());
  for (const key of KPI_KEYS) {
    const definition = t(`kpi.def.${key}`, params);
    const name = t(`kpi.${key}`, params);
    if (!seen.has(name) && ![...known].some((d) => d.startsWith(definition.slice(0, 40)))) seen.set(name, definition);
  }
  return [...seen.entries()];
}
