import type { Translate } from '../../i18n/react';
import { callsWhere, offeredCall, repeatBase, type DayRange, type KpiDefinitions } from '../../metrics';
import type { Filters } from '../../model';
import { sql, type Fragment } from '../../sql';
import { callsSlice, type DrillSlice } from '../common/drill/drill-slice';
import type { TileId } from './kpi-shape';

type CallSet = 'offered' | 'answered' | 'abandoned' | 'withinSl' | 'resolved' | 'repeat';

/** The calls each tile counts: the KPI itself for a count, its numerator for a ratio or an average. */
const CALLS_OF: Record<TileId, CallSet> = {
  offered: 'offered',
  answer_rate: 'answered',
  abandon_rate: 'abandoned',
  service_level: 'withinSl',
  asa_s: 'answered',
  aht_s: 'answered',
  resolution_rate: 'resolved',
  repeat_rate: 'repeat',
  cost_per_contact: 'offered',
};

function narrowing(set: CallSet, d: KpiDefinitions): Fragment {
  switch (set) {
    case 'offered':
      return sql`true`;
    case 'answered':
      return sql`answered`;
    case 'abandoned':
      return sql`not answered`;
    case 'withinSl':
      return sql`answered and wait_s <= ${d.serviceLevelSeconds}`;
    case 'resolved':
      return sql`answered and resolved`;
    case 'repeat':
      // As the repeat rate's numerator: its censored base, followed by the same reason within the window.
      return sql`${repeatBase(d)} and next_same_s <= ${d.repeatDays * 86_400}`;
  }
}

/** The drill-through list behind one tile: the current period's offered calls under the filters, narrowed. */
export function kpiDrill(id: TileId, filters: Filters, d: KpiDefinitions, current: DayRange, t: Translate): DrillSlice {
  const set = CALLS_OF[id];
  const period = { ...filters, dateFrom: current.from, dateTo: current.to };
  const where = sql`${callsWhere(period)} and ${offeredCall(d)} and ${narrowing(set, d)}`;
  return callsSlice(where, t(`drill.kpi.${set}`, { ...current, t: d.serviceLevelSeconds, n: d.repeatDays }));
}
