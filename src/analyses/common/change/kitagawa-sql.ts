import type { KpiDefinitions } from '../../../metrics';
import { kpiSql } from '../../../metrics';
import { CALLS } from '../../../model';
import { sql, type Fragment } from '../../../sql';
import type { ChangeDimension } from './dimensions';
import { dimensionSql } from './dimensions';
import { kpiWeightSql, type DecomposableKpi } from './kpi-weight';

/** Two sets of calls to compare: the test (e.g. this month) and the control (last month), as predicates. */
export interface ChangePeriods {
  /** Every other condition (the global filters without their dates). */
  readonly where: Fragment;
  readonly test: Fragment;
  readonly control: Fragment;
}

/**
 * One row per segment and period (`test`, `control`) with the KPI and its weight, for Kitagawa's split. A call in
 * both periods counts as test. Segments absent from a period have no row there.
 */
export function segmentPeriodsSql(
  kpi: DecomposableKpi,
  d: KpiDefinitions,
  dim: ChangeDimension,
  periods: ChangePeriods,
): Fragment {
  return sql`select ${dimensionSql(dim)} as segment,
      case when ${periods.test} then 'test' else 'control' end as period,
      cast(${kpiSql(kpi, d)} as double) as value, cast(${kpiWeightSql(kpi, d)} as double) as weight,
      count(*) as calls
    from ${CALLS} where ${periods.where} and (${periods.test} or ${periods.control})
    group by all order by segment nulls last, period`;
}
