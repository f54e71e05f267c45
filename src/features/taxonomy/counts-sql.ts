import type { KpiDefinitions } from '../../metrics';
import { offeredCall } from '../../metrics/kpis';
import { CALLS } from '../../model';
import { sql, type Fragment } from '../../sql';

/** Offered calls per raw reason code over all the calls (a NULL code: calls without one). */
export function codeCountsSql(d: KpiDefinitions): Fragment {
  return sql`select reason_code as code, count(*)::double as calls from ${CALLS}
    where ${offeredCall(d)} group by 1 order by 1`;
}
