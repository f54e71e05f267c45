import { CALLS, CUSTOMER_PERIODS, CUSTOMERS, filterSql } from '../../../model';
import { ident, join, raw, sql, type Fragment } from '../../../sql';
import {
  costSource,
  narrowsCalls,
  revenueSource,
  type CustomerValueSpec as ValueSpec,
  type Measure,
} from './customer-value-spec';

/** The `v` column each measure reads (constant SQL text). */
const MEASURE_COLUMN: Readonly<Record<Measure, string>> = {
  ratio: 'ratio',
  net: 'net',
  revenue: 'revenue',
  cost: 'cost',
};

/** A measure as a column of `v`. */
export function measureSql(measure: Measure): Fragment {
  return raw(MEASURE_COLUMN[measure]);
}

/** The customers' contacts under the filters (anonymous callers, a NULL id, are never a customer). */
function callsPerCustomerSql(spec: ValueSpec): Fragment {
  return sql`cf as (select customer_id, count(*) as contacts, coalesce(sum(handle_s), 0) / 60.0 as handle_min,
      min(started_at) as first_at, max(started_at) as last_at
    from ${CALLS} where customer_id is not null and ${filterSql(spec.filters)} group by customer_id)`;
}

function segmentFilterSql(spec: ValueSpec): Fragment {
  const { segments } = spec.filters;
  if (!segments.length) return sql`true`;
  return sql`fb.segment in (${join(
    segments.map((s) => sql`${s}`),
    ', ',
  )})`;
}

function periodSumsSql(): Fragment {
  return sql`ps as (select customer_id, sum(revenue) as revenue, sum(service_cost) as cost
    from ${CUSTOMER_PERIODS} group by customer_id)`;
}

function usesPeriods(spec: ValueSpec): boolean {
  return costSource(spec) === 'periods' || revenueSource(spec.inputs) === 'periods';
}

/**
 * `fb`: one row per customer of the customer file with its periods' sums; no filter applies to it, so it is
 * made once per build of the views when cached.
 */
export function customerFileCte(spec: ValueSpec): Fragment {
  const periods = usesPeriods(spec);
  return sql`cu as (select customer_id, any_value(customer_name) as name, any_value(segment) as segment,
      min(joined_at) as joined_at, sum(revenue) as file_revenue, sum(service_cost) as file_cost,
      max(arrears) as arrears, max(overdue_days) as overdue_days, max(late_payments) as late_payments
    from ${CUSTOMERS} group by customer_id),
    ${periods ? sql`ps as (select customer_id, sum(revenue) as revenue, sum(service_cost) as cost from ${CUSTOMER_PERIODS} group by customer_id),` : sql``}
    fb as (select cu.*, ${periods ? sql`ps.revenue as period_revenue, ps.cost as period_cost` : sql`cast(null as double) as period_revenue, cast(null as double) as period_cost`}
      from cu ${periods ? sql`left join ps on ps.customer_id = cu.customer_id` : sql``})`;
}

/** Credit tier (seed 001): A never in arrears; B paid late but repaid; C outstanding up to `days`; D longer. */
function tierSql(spec: ValueSpec): Fragment {
  if (!spec.inputs.arrears) return sql`cast(null as varchar)`;
  return sql`case when b.arrears is null then null
      when b.arrears <= 0 and coalesce(b.late_payments, 0) <= 0 then 'A'
      when b.arrears <= 0 then 'B'
      when coalesce(b.overdue_days, 0) <= ${spec.settings.tierDays} then 'C' else 'D' end`;
}

function costSql(spec: ValueSpec): Fragment {
  const contacts = sql`coalesce(b.contacts, 0)`;
  const minutes = sql`coalesce(b.handle_min, 0)`;
  switch (costSource(spec)) {
    case 'customers':
      return sql`b.file_cost`;
    case 'periods':
      return sql`coalesce(b.period_cost, 0)`;
    case 'rates':
      return sql`${minutes} * ${spec.rates.perMinute ?? 0} + ${contacts} * ${spec.rates.perContact ?? 0}`;
    case 'minutes':
      return minutes;
  }
}

function revenueSql(spec: ValueSpec): Fragment {
  const source = revenueSource(spec.inputs);
  if (source === 'customers') return sql`b.file_revenue`;
  if (source === 'periods') return sql`coalesce(b.period_revenue, 0)`;
  return sql`cast(null as double)`;
}

/**
 * The CTEs that end in `v`: one row per identified customer with revenue, service cost, net, the service
 * revenue-cost ratio (NULL when the cost is not above 0: the "no service cost" group), contacts, handle minutes,
 * tenure, credit tier and the data's last day. With a customer file the customers are its rows (those with a matching call when a
 * filter narrows the calls); with calls alone, the callers.
 */
export function valueCte(spec: ValueSpec): Fragment {
  if (spec.cache) return sql`v as (select * from ${ident(spec.cache.customers)})`;
  return valueSelectCte(spec);
}

/** `valueCte` computed from the canonical views (what the cache table holds). */
export function valueSelectCte(spec: ValueSpec): Fragment {
  const { inputs } = spec;
  const parts = [callsPerCustomerSql(spec)];
  const periods = usesPeriods(spec);
  let base: Fragment;
  if (inputs.customers) {
    parts.push(spec.cache?.file ? sql`fb as (select * from ${ident(spec.cache.file)})` : customerFileCte(spec));
    const joinKind = raw(narrowsCalls(spec.filters) ? 'join' : 'left join');
    base = sql`b as (select fb.*, cf.contacts, cf.handle_min, cf.first_at, cf.last_at
      from fb ${joinKind} cf on cf.customer_id = fb.customer_id where ${segmentFilterSql(spec)})`;
  } else {
    if (periods) parts.push(periodSumsSql());
    base = sql`b as (select cf.customer_id, cast(null as varchar) as name, cast(null as varchar) as segment,
        cast(null as date) as joined_at, cast(null as double) as file_revenue, cast(null as double) as file_cost,
        cast(null as double) as arrears, cast(null as double) as overdue_days, cast(null as double) as late_payments,
        ${periods ? sql`ps.revenue` : sql`cast(null as double)`} as period_revenue,
        ${periods ? sql`ps.cost` : sql`cast(null as double)`} as period_cost,
        cf.contacts, cf.handle_min, cf.first_at, cf.last_at
      from cf ${periods ? sql`left join ps on ps.customer_id = cf.customer_id` : sql``})`;
  }
  parts.push(base);
  parts.push(sql`de as (select cast(max(started_at) as date) as last_day from ${CALLS})`);
  parts.push(sql`rc as (select b.*, ${revenueSql(spec)} as revenue, ${costSql(spec)} as cost, ${tierSql(spec)} as tier
    from b)`);
  parts.push(sql`v as (select customer_id, name, segment, joined_at, revenue, cost, revenue - cost as net,
      case when cost > 0 then (revenue - cost) / cost end as ratio, coalesce(cost, 0) <= 0 as no_cost,
      coalesce(contacts, 0) as contacts, coalesce(handle_min, 0) as handle_min, first_at, last_at,
      date_diff('day', coalesce(joined_at, cast(first_at as date)), de.last_day) as tenure_days, tier, de.last_day
    from rc, de)`);
  return join(parts, ',\n');
}
