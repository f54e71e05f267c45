import { useEffect, useState } from 'react';
import type { Engine } from '../../engine/engine';
import { readDaily, type DailyPoint } from './daily-option';
import { dailySql, kpiSql, type KpiSpec } from './kpi-sql';
import { readSums, type OverviewSums } from './kpi-shape';

export type OverviewData =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; sums: OverviewSums; daily: DailyPoint[] };

/** Runs the overview's two queries whenever the spec changes or the views are rebuilt (`viewsVersion`). */
export function useOverview(engine: Engine, spec: KpiSpec, viewsVersion: number): OverviewData {
  const [data, setData] = useState<OverviewData>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    Promise.all([engine.query(kpiSql(spec)), engine.query(dailySql(spec))])
      .then(([k, d]) => live && setData({ status: 'ready', sums: readSums(k), daily: readDaily(d) }))
      .catch(
        (e: unknown) => live && setData({ status: 'failed', message: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      live = false;
    };
  }, [engine, spec, viewsVersion]);
  return data;
}
