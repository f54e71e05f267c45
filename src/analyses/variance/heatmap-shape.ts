import type { Cell, QueryResult } from '../../engine/engine';

/** One heatmap cell: the KPI (a count per day) at x (day of month or hour) and y (segment or weekday). */
export interface HeatCell {
  readonly x: number;
  readonly y: string;
  readonly value: number | null;
  readonly calls: number;
}

const num = (v: Cell | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Reads `domHeatmapSql` / `hourWeekdayHeatmapSql`; a count becomes a count per day of its column or row. */
export function readHeatmap(result: QueryResult, additive: boolean): HeatCell[] {
  return result.rows.map((r) => {
    const value = num(r.value);
    const days = num(r.days) ?? 1;
    return {
      x: num(r.x) ?? 0,
      y: String(r.y),
      value: additive ? (value ?? 0) / Math.max(days, 1) : value,
      calls: num(r.calls) ?? 0,
    };
  });
}
