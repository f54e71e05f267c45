import { CALLS, CUSTOMER_PERIODS, CUSTOMERS, isUnfiltered } from '../../../model';
import { callsWhere } from '../../../metrics';
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

/**
 * Each caller's contacts, handle minutes and first and last call, over the calls that pass `where`; with
 * `anonymous`, the anonymous calls too, as one row with a NULL id (the build's table keeps the data's last day).
 */
export function callerTotalsSql(where: Fragment, anonymous = false): Fragment {
  return sql`select customer_id, count(*) as contacts, coalesce(sum(handle_s), 0) / 60.0 as handle_min,
      min(started_at) as first_at, max(started_at) as last_at
    from ${CALLS} where ${anonymous ? sql`true` : sql`customer_id is not null`} and ${where} group by customer_id`;
}

/**
 * True when the filters leave every call of every customer on screen: no filter narrows the calls, and a
 * segment filter (which keeps or drops a customer's calls together) has a customer file to apply to.
 */
export function keepsEveryCall(spec: ValueSpec): boolean {
  return !narrowsCalls(spec.filters) && (spec.filters.segments.length === 0 || spec.inputs.customers);
}

/** The customers' contacts under the filters (anonymous callers, a NULL id, are never a customer). */
function callsPerCustomerSql(spec: ValueSpec): Fragment {
  // Grouping 1M calls by customer is most of `v`'s cost; when no call is filtered out the build's totals serve.
  if (spec.cache?.callers && keepsEveryCall(spec))
    return sql`cf as (select * from ${ident(spec.cache.callers)} where customer_id is not null)`;
  return sql`cf as (${callerTotalsSql(callsWhere(spec.filters))})`;
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
 * `fb`: one row per customer of the customer file with its periods' sums and, when the build's caller totals are
 * given, their totals over every call (`all_contacts`…); no filter applies to it, so it is made once per build
 * of the views when cached.
 */
export function customerFileCte(spec: ValueSpec): Fragment {
  const periods = usesPeriods(spec);
  const callers = spec.cache?.callers;
  const totals = callers
    ? sql`, cl.contacts as all_contacts, cl.handle_min as all_handle_min, cl.first_at as all_first_at, cl.last_at as all_last_at`
    : sql``;
  return sql`cu as (select customer_id, any_value(customer_name) as name, any_value(segment) as segment,
      min(joined_at) as joined_at, sum(revenue) as file_revenue, sum(service_cost) as file_cost,
      max(arrears) as arrears, max(overdue_days) as overdue_days, max(late_payments) as late_payments
    from ${CUSTOMERS} group by customer_id),
    ${periods ? sql`ps as (select customer_id, sum(revenue) as revenue, sum(service_cost) as cost from ${CUSTOMER_PERIODS} group by customer_id),` : sql``}
    fb as (select cu.*, ${periods ? sql`ps.revenue as period_revenue, ps.cost as period_cost` : sql`cast(null as double) as period_revenue, cast(null as double) as period_cost`}
      ${totals} from cu ${periods ? sql`left join ps on ps.customer_id = cu.customer_id` : sql``}
      ${callers ? sql`left join ${ident(callers)} cl on cl.customer_id = cu.customer_id` : sql``})`;
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
  if (spec.cache?.customers) return sql`v as (select * from ${ident(spec.cache.customers)})`;
  return valueSelectCte(spec);
}

/** `valueCte` computed from the canonical views (what the cache table holds). */
export function valueSelectCte(spec: ValueSpec): Fragment {
  const { inputs } = spec;
  const periods = usesPeriods(spec);
  // The customer file made with every call's totals: when no call is filtered out, no join is needed.
  const whole = inputs.customers && spec.cache?.file && spec.cache.callers && keepsEveryCall(spec);
  const parts = whole ? [] : [callsPerCustomerSql(spec)];
  let base: Fragment;
  if (whole) {
    parts.push(sql`fb as (select * from ${ident(spec.cache!.file!)})`);
    base = sql`b as (select fb.*, all_contacts as contacts, all_handle_min as handle_min, all_first_at as first_at,
        all_last_at as last_at
      from fb where ${segmentFilterSql(spec)})`;
  } else if (inputs.customers) {
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
  // The data's last day, anonymous calls included (from the build's totals when made: a scan of every call).
  const days = spec.cache?.callers
    ? sql`select cast(max(last_at) as date) as last_day from ${ident(spec.cache.callers)}`
    : sql`select cast(max(started_at) as date) as last_day from ${CALLS}`;
  parts.push(sql`de as (${days})`);
  parts.push(sql`rc as (select b.*, ${revenueSql(spec)} as revenue, ${costSql(spec)} as cost, ${tierSql(spec)} as tier
    from b)`);
  parts.push(sql`v as (select customer_id, name, segment, joined_at, revenue, cost, revenue - cost as net,
      case when cost > 0 then (revenue - cost) / cost end as ratio, coalesce(cost, 0) <= 0 as no_cost,
      coalesce(contacts, 0) as contacts, coalesce(handle_min, 0) as handle_min, first_at, last_at,
      date_diff('day', coalesce(joined_at, cast(first_at as date)), de.last_day) as tenure_days, tier, de.last_day
    from rc, de)`);
  return join(parts, ',\n');
}

/**
 * How many calls under the filters come from anonymous callers (a NULL customer id): counted calls, but no
 * customer's. Unfiltered, the build's caller totals hold them as one row.
 */
export function anonymousCallsSql(spec: ValueSpec): Fragment {
  if (spec.cache?.callers && isUnfiltered(spec.filters))
    return sql`select cast(coalesce(sum(contacts) filter (where customer_id is null), 0) as bigint) as anonymous
      from ${ident(spec.cache.callers)}`;
  return sql`select count(*) as anonymous from ${CALLS} where customer_id is null and ${callsWhere(spec.filters)}`;
}
