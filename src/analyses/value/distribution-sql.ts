import { sql, type Fragment } from '../../sql';
import { measureSql, valueCte } from '../common/customer-value/customer-value-sql';
import type { Measure, ValueSpec } from './value-spec';

/** The measure's values (`x`) and their natural log where positive (`lx`), for every customer it is defined for. */
function measureCte(spec: ValueSpec, measure: Measure): Fragment {
  const x = measureSql(measure);
  return sql`${valueCte(spec)},
    m as (select ${x} as x, case when ${x} > 0 then ln(${x}) end as lx from v where ${x} is not null)`;
}

/**
 * Moments of the measure: mean, median, variance and sd (population and sample), skewness and excess kurtosis
 * (DuckDB's, both sample-corrected), the same of its log over positive values, and the population's counts.
 */
export function momentsSql(spec: ValueSpec, measure: Measure): Fragment {
  return sql`with ${measureCte(spec, measure)}
    select (select count(*) from v) as customers, (select count(*) from v where no_cost) as no_cost,
      count(*) as n, sum(x) as total, avg(x) as mean, median(x) as median, var_pop(x) as var_pop,
      var_samp(x) as var_samp, stddev_pop(x) as sd_pop, stddev_samp(x) as sd_samp, skewness(x) as skewness,
      kurtosis(x) as kurtosis, min(x) as min, max(x) as max, count(*) filter (where x <= 0) as non_positive,
      count(lx) as log_n, avg(lx) as log_mean, stddev_samp(lx) as log_sd, skewness(lx) as log_skewness,
      kurtosis(lx) as log_kurtosis
    from m`;
}

/**
 * Histogram of the measure (or of its log over positive values) in `bins` equal bins from its minimum to its
 * maximum: per bin, the customers and the sum of the measure itself.
 */
export function histogramSql(spec: ValueSpec, measure: Measure, log: boolean, bins: number): Fragment {
  const count = Math.max(1, Math.floor(bins));
  return sql`with ${measureCte(spec, measure)},
    h as (select x, ${log ? sql`lx` : sql`x`} as y from m),
    r as (select min(y) as lo, max(y) as hi from h where y is not null)
    select least(cast(floor((y - lo) / nullif(hi - lo, 0) * ${count}) as integer), ${count - 1}) as bin,
      count(*) as n, sum(x) as value, any_value(lo) as lo, any_value(hi) as hi
    from h, r where y is not null group by all order by bin`;
}

/**
 * Concentration of the measure in one query: points of the Lorenz curve (customer share, value share), about
 * `points` of them plus the last, each row carrying Gini = Σ (2i − n − 1) x₍ᵢ₎ ÷ (n Σx) (x sorted up) and the
 * share of the total held by the top ⌈20%⌉ of customers. Every customer with a value counts, loss-makers too.
 */
export function concentrationSql(spec: ValueSpec, measure: Measure, points = 200): Fragment {
  return sql`with ${measureCte(spec, measure)},
    s as (select x, row_number() over (order by x) as i, count(*) over () as n,
      sum(x) over (order by x rows unbounded preceding) as cum from m),
    g as (select any_value(n) as n, sum(x) as total, sum((2 * i - n - 1) * x) / nullif(any_value(n) * sum(x), 0) as gini,
      ceil(0.2 * any_value(n)) as top_count,
      sum(x) filter (where i > n - ceil(0.2 * n)) / nullif(sum(x), 0) as top20_share from s)
    select s.i / s.n as customers, s.cum / nullif(g.total, 0) as value, g.* from s, g
    where s.i % greatest(1, s.n // ${Math.max(1, Math.floor(points))}) = 0 or s.i = s.n order by s.i`;
}
