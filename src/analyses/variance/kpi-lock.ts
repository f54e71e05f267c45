import { quotedList } from '../../i18n/words';
import { kpiMissing, type KpiDefinitions } from '../../metrics';
import type { DecomposableKpi } from '../common/change/kpi-weight';
import type { Translate } from './format';

/** Whether a KPI is one of the repeat rates (their denominator and censoring get their own note). */
export const isRepeatRate = (kpi: DecomposableKpi) => kpi === 'repeat_rate' || kpi === 'repeat_rate_any';

/**
 * Why a KPI cannot be computed on the calls as mapped, as a sentence; null when it can. The repeat rates also need
 * the calls copied into tables (views carry no next-contact gaps, so every rate would read 0).
 */
export function kpiLock(
  t: Translate,
  kpi: DecomposableKpi,
  available: ReadonlySet<string>,
  d: KpiDefinitions,
  materialised: boolean | null,
): string | null {
  const missing = kpiMissing(kpi, available, d);
  if (missing.includes('cost')) return t('variance.locked.cost');
  if (missing.length)
    return t('variance.locked.roles', {
      roles: quotedList(
        t,
        missing.map((r) => t(`model.role.${r}`)),
      ),
    });
  if (isRepeatRate(kpi) && materialised === false) return t('variance.locked.size');
  return null;
}
