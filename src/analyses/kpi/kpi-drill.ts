import type { Translate } from '../../i18n/react';
import { CALLS, listFilterSql } from '../../model';
import { sql, type Fragment } from '../../sql';
import { callsSlice, type DrillSlice } from '../common/drill/drill-slice';
import { addDays, type KpiSpec } from './kpi-sql';
import type { KpiId } from './kpi-shape';

type CallSet = 'offered' | 'answered' | 'abandoned' | 'withinSl' | 'resolved' | 'repeat';

/** The calls each tile counts: the KPI itself for a count, its numerator for a ratio or an average. */
const CALLS_OF: Record<KpiId, CallSet> = {
  offered: 'offered',
  answerRate: 'answered',
  abandonRate: 'abandoned',
  serviceLevel: 'withinSl',
  asa: 'answered',
  aht: 'answered',
  resolution: 'resolved',
  repeatRate: 'repeat',
  costPerContact: 'offered',
};

/** The `data-figure` name of each tile. */
export const KPI_FIGURE: Record<KpiId, string> = {
  offered: 'overview.offered',
  answerRate: 'overview.answer_rate',
  abandonRate: 'overview.abandon_rate',
  serviceLevel: 'overview.service_level',
  asa: 'overview.asa_s',
  aht: 'overview.aht_s',
  resolution: 'overview.resolution_rate',
  repeatRate: 'overview.repeat_rate',
  costPerContact: 'overview.cost_per_contact',
};

/**
 * The calls of the current period under the filters, as `kpiSql` counts them: the same filters, the same dropped
 * short abandons, the same day bounds (`range` is the period `kpiSql` reported, so open ranges match too).
 */
function currentCalls({ filters, settings }: KpiSpec, range: { from: string; to: string }): Fragment {
  return sql`${listFilterSql(filters)}
    and (answered or coalesce(wait_s, 0) >= ${settings.shortAbandonSeconds})
    and started_at >= cast(${range.from} as timestamp) and started_at < cast(${addDays(range.to, 1)} as timestamp)`;
}

function narrowing(set: CallSet, spec: KpiSpec): Fragment {
  const { settings } = spec;
  switch (set) {
    case 'offered':
      return sql`true`;
    case 'answered':
      return sql`answered`;
    case 'abandoned':
      return sql`not answered`;
    case 'withinSl':
      return sql`answered and wait_s <= ${settings.serviceLevelSeconds}`;
    case 'resolved':
      return sql`answered and resolved`;
    case 'repeat':
      // As `kpiSql`: identified callers, at least N days before the last call, followed by the same reason.
      return sql`customer_id is not null
        and started_at <= (select max(started_at) from ${CALLS}) - to_days(cast(${settings.repeatDays} as integer))
        and reason is not null and next_same_s <= ${settings.repeatDays * 86_400}`;
  }
}

/** The drill-through list behind one KPI tile. */
export function kpiDrill(id: KpiId, spec: KpiSpec, range: { from: string; to: string }, t: Translate): DrillSlice {
  const set = CALLS_OF[id];
  const where = sql`${currentCalls(spec, range)} and ${narrowing(set, spec)}`;
  const label = t(`drill.kpi.${set}`, {
    ...range,
    t: spec.settings.serviceLevelSeconds,
    n: spec.settings.repeatDays,
  });
  return callsSlice(where, label);
}
