import type { DayRange, KpiDefinitions } from '../../metrics';
import type { Filters } from '../../model';
import { useEngineQuery, type QueryState } from '../../state/use-engine-query';
import { currentHoursTable } from './hours-cache';
import { readEmerging, type EmergingResult } from './emerging-shape';
import { emergingSql } from './emerging-sql';
import { readReasonTable, type ReasonTable } from './matrix-shape';
import { matrixSql } from './matrix-sql';
import { trendGrain, trendSql, type TrendGrain } from './trend-sql';
import type { TrendPoint } from './volume-option';
import { compareWindows, spanSql } from './window-sql';

export interface ReasonsData {
  readonly span: DayRange;
  readonly table: ReasonTable;
  readonly emerging: EmergingResult;
  readonly grain: TrendGrain;
  readonly trend: readonly TrendPoint[];
}

/** The span, the reason × KPI table, the emerging test and the trends: null when no call matches. */
export function useReasons(
  filters: Filters,
  d: KpiDefinitions,
  recentDays: number,
  baselineDays: number,
): QueryState<ReasonsData | null> {
  const key = JSON.stringify(['reasons', filters, d, recentDays, baselineDays]);
  return useEngineQuery(key, async (engine) => {
    const row = (await engine.query(spanSql(filters))).rows[0];
    if (!row || typeof row.first !== 'string' || typeof row.last !== 'string') return null;
    const span = { from: row.first, to: row.last };
    const windows = compareWindows(span, recentDays, baselineDays);
    const days = Math.round((Date.parse(span.to) - Date.parse(span.from)) / 86_400_000) + 1;
    const grain = trendGrain(days);
    const hours = await currentHoursTable(engine, filters, d);
    const [matrix, emerging, trend] = await Promise.all([
      engine.query(matrixSql(filters, d)),
      engine.query(emergingSql(filters, d, windows, hours)),
      engine.query(trendSql(filters, d, grain, hours)),
    ]);
    return {
      span,
      table: readReasonTable(matrix),
      emerging: readEmerging(emerging, windows),
      grain,
      trend: trend.rows.map((r) => ({
        bucket: String(r.bucket),
        reason: typeof r.reason === 'string' ? r.reason : null,
        n: typeof r.n === 'number' ? r.n : 0,
      })),
    };
  });
}
