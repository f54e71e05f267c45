import type { Json } from '../analyses/common/settings';
import { readChartSpec, type ChartSpec } from './chart-spec';

/** What a saved view keeps of the workbench: the pinned query and its chart (null: the table only). */
export interface PinnedQuery {
  readonly sql: string;
  readonly chart: ChartSpec | null;
}

/** The workbench's settings: one JSON field, so a view keeps it without any change to the view format. */
export const EXPLORE_SETTINGS = {
  pinned: { kind: 'json', default: null },
} as const;

/** The pinned query kept in a view, or null when there is none or it is malformed. */
export function readPinned(input: Json): PinnedQuery | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
  const o = input as Record<string, unknown>;
  if (typeof o.sql !== 'string' || !o.sql.trim()) return null;
  return { sql: o.sql, chart: readChartSpec(o.chart) };
}

export function pinnedJson(pinned: PinnedQuery): Json {
  return { sql: pinned.sql, chart: pinned.chart ? { ...pinned.chart } : null };
}
