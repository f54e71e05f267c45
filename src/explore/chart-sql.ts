import { ident, lit, raw, sql, type Fragment } from '../sql';
import type { ChartSpec } from './chart-spec';

/** The most points any quick chart brings to the main thread. */
export const CHART_LIMITS = { bars: 50, line: 10_000, scatter: 5_000, bins: 30, heat: 30 } as const;

/** The value of a bar, a line point or a heatmap cell; `y` is the measured column as the statement names it. */
function measure(spec: ChartSpec, y: Fragment | null = spec.y === null ? null : sql`${ident(spec.y)}`): Fragment {
  if (spec.agg === 'count' || y === null) return raw('count(*)');
  return spec.agg === 'avg' ? sql`avg(${y})` : sql`sum(${y})`;
}

/**
 * The chart's points, aggregated or sampled in the engine: never more than `CHART_LIMITS` rows come back. Columns:
 * bar/line `label, value`; scatter `x, y`; histogram `bin, n, lo, hi`; heatmap `label, series, value`.
 */
export function chartSql(source: Fragment, spec: ChartSpec): Fragment {
  const from = sql`(${source}) as chart_source`;
  const x = ident(spec.x);
  switch (spec.type) {
    case 'bar':
      return sql`select cast(${x} as varchar) as label, ${measure(spec)} as value from ${from}
        group by 1 order by 2 desc nulls last, 1 limit ${CHART_LIMITS.bars}`;
    case 'line':
      return sql`select ${x} as label, ${measure(spec)} as value from ${from}
        where ${x} is not null group by 1 order by 1 limit ${CHART_LIMITS.line}`;
    case 'scatter': {
      const y = ident(spec.y ?? spec.x);
      return sql`select cast(${x} as double) as x, cast(${y} as double) as y from ${from}
        where ${x} is not null and ${y} is not null using sample reservoir(${lit(CHART_LIMITS.scatter)} rows) repeatable (7)`;
    }
    case 'histogram': {
      const bins = CHART_LIMITS.bins;
      return sql`with v as (select cast(${x} as double) as v from ${from} where ${x} is not null),
        b as (select min(v) as lo, max(v) as hi from v)
        select least(cast(floor((v - lo) / nullif(hi - lo, 0) * ${bins}) as integer), ${bins - 1}) as bin,
          count(*) as n, any_value(lo) as lo, any_value(hi) as hi
        from v, b group by 1 order by 1 nulls first`;
    }
    case 'heatmap': {
      const series = ident(spec.series ?? spec.x);
      const y = spec.y === null ? raw('null') : sql`${ident(spec.y)}`;
      const top = CHART_LIMITS.heat;
      // Only the three columns the chart reads, under names of its own: the source's names cannot clash with them.
      return sql`with s as (select cast(${x} as varchar) as chart_label, cast(${series} as varchar) as chart_series,
          ${y} as chart_value from ${from}),
        a as (select chart_label from s group by 1 order by count(*) desc, 1 limit ${top}),
        b as (select chart_series from s group by 1 order by count(*) desc, 1 limit ${top})
        select chart_label as label, chart_series as series, ${measure(spec, raw('chart_value'))} as value from s
        where chart_label in (select chart_label from a) and chart_series in (select chart_series from b)
        group by 1, 2 order by 1, 2`;
    }
  }
}
