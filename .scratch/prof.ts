import { DuckDBInstance } from '@duckdb/node-api';
import { valueDataSql } from '../bench/value-data.ts';
import { canonicalViewsSql } from '../src/model/views.ts';
import { STORE_STATEMENTS } from '../src/engine/stores.ts';
const i = await DuckDBInstance.create(':memory:', { threads: '1' });
const c = await i.connect();
for (const s of STORE_STATEMENTS) await c.run(s);
for (const f of valueDataSql(1_000_000, 100_000)) await c.run(f.text, [...f.params] as never);
const mapping = {
  calls: { table: 'bench_calls', columns: { call_id: 'call_id', customer_id: 'customer_id', started_at: 'start_time', answered: 'outcome', wait_s: 'queue_seconds', handle_s: 'handle_seconds', reason: 'reason_code', resolved: 'resolved', satisfaction: 'csat' }, answeredValues: ['ANSWERED'], durationUnit: 'seconds' },
  customers: { table: 'bench_customers', columns: { customer_id: 'customer_id', customer_name: 'customer_name', segment: 'segment', joined_at: 'joined_at', revenue: 'revenue', service_cost: 'service_cost', arrears: 'arrears', overdue_days: 'overdue_days', late_payments: 'late_payments' } },
  periods: { table: 'bench_monthly', columns: { customer_id: 'customer_id', period: 'month', revenue: 'revenue', service_cost: 'service_cost' } },
  settings: { serviceLevelSeconds: 20, shortAbandonSeconds: 0, repeatDays: 7, costPerMinute: null, costPerContact: null },
} as any;
const types: any = {};
for (const t of ['bench_calls', 'bench_customers', 'bench_monthly']) {
  const r = await c.runAndReadAll(`select column_name, column_type from (describe ${t})`);
  types[t] = Object.fromEntries(r.getRows().map((x) => [String(x[0]), String(x[1])]));
}
for (const s of canonicalViewsSql(mapping, types, { dedupeCallIds: false, materialise: true })) await c.run(s.text, [...s.params] as never);
const t = async (name: string, q: string, p: any[] = []) => { for (let k = 0; k < 2; k++) { const t0 = performance.now(); await c.run(q, p as never); if (k) console.log(name, (performance.now() - t0).toFixed(0), 'ms'); } };
await t('cu nogroup', `select customer_id, customer_name, segment, joined_at, revenue, service_cost, arrears, overdue_days, late_payments from canonical.customers`);
await t('cf', `select customer_id, count(*) as contacts, coalesce(sum(handle_s), 0) / 60.0 as handle_min, min(started_at) as first_at, max(started_at) as last_at from canonical.calls where customer_id is not null and true group by customer_id`);
await t('cu', `select customer_id, any_value(customer_name) as name, any_value(segment) as segment, min(joined_at) as joined_at, sum(revenue) as revenue, sum(service_cost) as cost, max(arrears) as arrears, max(overdue_days), max(late_payments) from canonical.customers group by customer_id`);
await t('cu raw', `select count(*), sum(revenue) from canonical.customers`);
await t('cu plain', `select customer_id, any_value(customer_name), sum(revenue) from bench_customers group by customer_id`);
await t('max date', `select max(started_at) from canonical.calls`);
const { valueSelectCte } = await import('../src/analyses/value/value-base.ts');
const { valueSpec, DEFAULT_VALUE_SETTINGS } = await import('../src/analyses/value/value-spec.ts');
const { NO_FILTERS } = await import('../src/model/filters.ts');
const f = valueSelectCte(valueSpec(mapping, NO_FILTERS, DEFAULT_VALUE_SETTINGS));
await c.run(`create temp table vv as with ${f.text} select * from v`, [...f.params] as never);
await t('v', `create or replace temp table vv as with ${f.text} select * from v`, [...f.params]);
await t('ratio rank', `select customer_id, rank() over (order by ratio desc nulls last) from vv`);
await t('page', `select *, rank() over (order by ratio desc nulls last) as rr, rank() over (order by net desc nulls last) nr from vv order by ratio desc nulls last, customer_id limit 50`);
