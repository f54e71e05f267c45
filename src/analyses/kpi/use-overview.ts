import type { Filters } from '../../model';
import { comparePeriods, type DayRange, type KpiDefinitions, type PreviousPeriod } from '../../metrics';
import { useEngineQuery, type QueryState } from '../../state/use-engine-query';
import { chooseGrain, readPeriods, readRange, readSeries, type KpiValues, type SeriesPoint } from './kpi-shape';
import { dataRangeSql, periodsSql, seriesSql, type Grain } from './kpi-sql';

export interface OverviewData {
  readonly current: DayRange;
  readonly previous: PreviousPeriod;
  readonly values: { readonly current: KpiValues; readonly previous: KpiValues };
  readonly grain: Grain;
  readonly series: readonly SeriesPoint[];
}

/** The overview's figures: null when no call matches the filters. Re-runs when any input or the views change. */
export function useOverview(
  filters: Filters,
  definitions: KpiDefinitions,
  grainSetting: 'auto' | Grain,
): QueryState<OverviewData | null> {
  const key = JSON.stringify([filters, definitions, grainSetting]);
  return useEngineQuery(key, async (engine) => {
    const data = readRange(await engine.query(dataRangeSql(filters)));
    if (!data) return null;
    const { current, previous } = comparePeriods(filters, data);
    const grain = chooseGrain(grainSetting, current);
    const [periods, series] = await Promise.all([
      engine.query(periodsSql(filters, definitions, current, previous.covered)),
      engine.query(seriesSql(filters, definitions, current, grain)),
    ]);
    return { current, previous, values: readPeriods(periods), grain, series: readSeries(series) };
  });
}
