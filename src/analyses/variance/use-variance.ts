import type { Engine } from '../../engine/engine';
import { callsWhere, withoutDates, type DayRange, type KpiDefinitions } from '../../metrics';
import type { Filters } from '../../model';
import { useEngineQuery, type QueryState } from '../../state/use-engine-query';
import { dimensionAvailable, type ChangeDimension } from '../common/change/dimensions';
import { segmentPeriodsSql } from '../common/change/kitagawa-sql';
import { kitagawa, readSegmentPeriods, type ChangeSplit } from '../common/change/kitagawa-shape';
import { isAdditive, type DecomposableKpi } from '../common/change/kpi-weight';
import { bandSql, type BandGrain } from './band-sql';
import { readBand, type BandPoint } from './band-shape';
import { dataRangeSql, dispersionSql } from './dispersion-sql';
import { dispersion, readBuckets, type BucketValue, type Dispersion } from './dispersion-shape';
import { calendarCountsSql } from './effects-sql';
import { calendarEffects, readCalendarCounts, type CalendarEffect } from './effects-shape';
import { domHeatmapSql, hourWeekdayHeatmapSql } from './heatmap-sql';
import { readHeatmap, type HeatCell } from './heatmap-shape';
import { mixShiftSql, reasonOptionsSql } from './mixshift-sql';
import { defaultBasicReasons, readMixShift, type CustomerMix } from './mixshift-shape';
import { defaultPeriods, type ComparedPeriods } from './periods';
import { periodPredicate } from './predicates';
import type { Bucket, SpreadDimension } from './settings';
import { segmentCellsSql, timeCellsSql } from './spread-sql';
import {
  dayGroups,
  leaveOneOut,
  readSegmentCells,
  readTimeCells,
  varianceSplit,
  type LeaveOut,
  type VarianceSplit,
} from './spread-shape';

/** Dimensions the calendar scan looks at (those the calls carry). */
export const CALENDAR_DIMENSIONS = ['business_line', 'channel', 'reason_category', 'reason', 'segment'] as const;

export function calendarDims(available: ReadonlySet<string>): ChangeDimension[] {
  return CALENDAR_DIMENSIONS.filter((d) => dimensionAvailable(d, available));
}

export async function readDataRange(engine: Engine, filters: Filters): Promise<DayRange | null> {
  const row = (await engine.query(dataRangeSql(filters))).rows[0];
  return row && typeof row.first === 'string' && typeof row.last === 'string'
    ? { from: row.first, to: row.last }
    : null;
}

export interface DispersionData {
  readonly buckets: readonly BucketValue[];
  readonly stats: Dispersion;
}

export function useDispersion(filters: Filters, d: KpiDefinitions, kpi: DecomposableKpi, bucket: Bucket) {
  return useEngineQuery(JSON.stringify(['dispersion', filters, d, kpi, bucket]), async (engine) => {
    const buckets = readBuckets(await engine.query(dispersionSql(filters, d, kpi, bucket)), isAdditive(kpi));
    return { buckets, stats: dispersion(buckets) } satisfies DispersionData;
  });
}

export function useCalendarEffects(filters: Filters, d: KpiDefinitions, dims: readonly ChangeDimension[]) {
  return useEngineQuery(JSON.stringify(['calendar', filters, d, dims]), async (engine): Promise<CalendarEffect[]> => {
    if (dims.length === 0) return [];
    return calendarEffects(readCalendarCounts(await engine.query(calendarCountsSql(filters, d, dims)), dims));
  });
}

export interface SpreadData {
  readonly split: VarianceSplit;
  readonly loo: readonly LeaveOut[];
}

/** Within/between split and leave-one-out, once the buckets and the calendar effects are known. */
export function useSpread(
  filters: Filters,
  d: KpiDefinitions,
  kpi: DecomposableKpi,
  bucket: Bucket,
  dim: SpreadDimension,
  dispersionData: DispersionData | null,
  effects: readonly CalendarEffect[] | null,
): QueryState<SpreadData> {
  const groups = dayGroups(effects ?? [], dim);
  const key = dispersionData && effects ? JSON.stringify(['spread', filters, d, kpi, bucket, dim, groups]) : null;
  return useEngineQuery(key, async (engine) => {
    const additive = isAdditive(kpi);
    const allDays = [...new Set(groups.flatMap((g) => g.days))];
    const [seg, time] = await Promise.all([
      engine.query(segmentCellsSql(filters, d, kpi, bucket, dim, allDays)),
      engine.query(timeCellsSql(filters, d, kpi, bucket)),
    ]);
    const segmentCells = readSegmentCells(seg, additive);
    const buckets = dispersionData!.buckets;
    const days = new Map(buckets.map((b) => [b.bucket, b.days]));
    return {
      split: varianceSplit(segmentCells, days, additive),
      loo: leaveOneOut({
        buckets,
        segmentCells,
        timeCells: readTimeCells(time, additive),
        additive,
        sd: dispersionData!.stats.sd,
        dayGroups: groups,
      }),
    };
  });
}

export function useHeatmaps(filters: Filters, d: KpiDefinitions, kpi: DecomposableKpi, dim: SpreadDimension) {
  return useEngineQuery(JSON.stringify(['heat', filters, d, kpi, dim]), async (engine) => {
    const additive = isAdditive(kpi);
    const [dom, hw] = await Promise.all([
      engine.query(domHeatmapSql(filters, d, kpi, dim)),
      engine.query(hourWeekdayHeatmapSql(filters, d, kpi)),
    ]);
    return { dom: readHeatmap(dom, additive), hourWeekday: readHeatmap(hw, additive) } as {
      dom: HeatCell[];
      hourWeekday: HeatCell[];
    };
  });
}

export interface ChangeData {
  readonly periods: ComparedPeriods;
  readonly split: ChangeSplit;
}

export function useChange(
  filters: Filters,
  d: KpiDefinitions,
  kpi: DecomposableKpi,
  dim: SpreadDimension,
  chosen: ComparedPeriods | null,
) {
  return useEngineQuery(JSON.stringify(['change', filters, d, kpi, dim, chosen]), async (engine) => {
    const base = withoutDates(filters);
    const range = chosen ? null : await readDataRange(engine, filters);
    if (!chosen && !range) return null;
    const periods = chosen ?? defaultPeriods(range!);
    const rows = readSegmentPeriods(
      await engine.query(
        segmentPeriodsSql(kpi, d, dim, {
          where: callsWhere(base),
          test: periodPredicate(periods.test),
          control: periodPredicate(periods.control),
        }),
      ),
    );
    return { periods, split: kitagawa(rows, isAdditive(kpi)) } satisfies ChangeData;
  });
}

export function useBand(
  filters: Filters,
  d: KpiDefinitions,
  kpi: DecomposableKpi,
  grain: BandGrain,
  weeks: number,
  z: number,
): QueryState<BandPoint[]> {
  return useEngineQuery(JSON.stringify(['band', filters, d, kpi, grain, weeks, z]), async (engine) =>
    readBand(await engine.query(bandSql(filters, d, kpi, grain, weeks)), kpi, z),
  );
}

export interface MixData {
  readonly options: readonly { code: string; label: string; calls: number }[];
  readonly basic: readonly string[];
  readonly defaulted: boolean;
  readonly from: string | null;
  readonly customers: readonly CustomerMix[];
}

export function useMixShift(
  filters: Filters,
  enabled: boolean,
  chosen: readonly string[],
  windowDays: number,
  minContacts: number,
) {
  const key = enabled ? JSON.stringify(['mix', filters, chosen, windowDays, minContacts]) : null;
  return useEngineQuery(key, async (engine): Promise<MixData> => {
    const options = (await engine.query(reasonOptionsSql(filters))).rows.map((r) => ({
      code: String(r.code),
      label: r.label === null ? String(r.code) : String(r.label),
      calls: Number(r.calls),
    }));
    const basic = chosen.length ? chosen : defaultBasicReasons(options);
    const shift = basic.length
      ? readMixShift(await engine.query(mixShiftSql({ filters, basic, windowDays, minContacts })))
      : { from: null, customers: [] };
    return { options, basic, defaulted: chosen.length === 0, ...shift };
  });
}
