import { raw, sql, type Fragment } from '../src/sql/index.ts';

/** A uniform number in [0, 1) from row number `i` and a salt: integer arithmetic only, so wasm and native agree. */
function u(i: string, salt: number): Fragment {
  return raw(`(((${i} * ${7919 + salt * 104729} + ${salt * 15485863}) % 1000003) / 1000003.0)`);
}

const REASONS = [
  'Bill explanation',
  'No service',
  'Slow speed',
  'Plan change',
  'Password reset',
  'Service complaint',
  'Product defect report',
  'Suggestion',
  'Coverage enquiry',
  'Upgrade offer',
];

/**
 * Customers, their monthly revenue and cost, and calls, in the sample data's English shape: a minority of
 * business customers worth far more than the consumers, arrears in about a fifth.
 */
export function valueDataSql(calls: number, customers: number): Fragment[] {
  const c = raw(String(customers));
  const reasons = raw(`[${REASONS.map((r) => `'${r}'`).join(', ')}]`);
  return [
    sql`create or replace table bench_customers as
      select 'C' || lpad(cast(i as varchar), 7, '0') as customer_id, 'Customer ' || i as customer_name,
        case when ${u('i', 1)} < 0.08 then 'Enterprise' when ${u('i', 1)} < 0.22 then 'Small business' else 'Consumer' end as segment,
        date '2012-01-01' + cast(${u('i', 2)} * 5300 as integer) as joined_at,
        round(case when ${u('i', 1)} < 0.08 then 15000 + 60000 * ${u('i', 3)} when ${u('i', 1)} < 0.22 then 4000 + 12000 * ${u('i', 3)}
          else 150 + 1200 * ${u('i', 3)} end, 2) as revenue,
        round(case when ${u('i', 4)} < 0.02 then 0 else (20 + 900 * ${u('i', 5)}) * (1 + 3 * ${u('i', 6)}) end, 2) as service_cost,
        case when ${u('i', 7)} < 0.2 then round(50 + 2000 * ${u('i', 8)}, 2) else 0 end as arrears,
        case when ${u('i', 7)} < 0.12 then 30 + cast(60 * ${u('i', 9)} as integer)
          when ${u('i', 7)} < 0.2 then 185 + cast(235 * ${u('i', 9)} as integer) else 0 end as overdue_days,
        case when ${u('i', 7)} < 0.45 then 1 + cast(5 * ${u('i', 10)} as integer) else 0 end as late_payments
      from range(${c}) t(i)`,
    sql`create or replace table bench_monthly as
      select customer_id, '2026-0' || (m + 1) as month, round(revenue / 6, 2) as revenue,
        round(service_cost / 6 * (0.5 + ${u('(i * 7 + m)', 11)}), 2) as service_cost
      from (select *, cast(substr(customer_id, 2) as bigint) as i from bench_customers), range(6) t(m)`,
    sql`create or replace table bench_calls as
      select 'K' || lpad(cast(i as varchar), 9, '0') as call_id,
        'C' || lpad(cast((i * 7919 + cast(${u('i', 12)} * ${c} as bigint)) % ${c} as varchar), 7, '0') as customer_id,
        timestamp '2026-01-01 08:00:00' + to_seconds(cast(i * ${raw(String(Math.floor((181 * 86400) / calls)))} as bigint)) as start_time,
        ${reasons}[1 + cast(${u('i', 13)} * ${raw(String(REASONS.length))} as integer)] as reason_code,
        case when ${u('i', 14)} < 0.88 then 'ANSWERED' else 'ABANDONED' end as outcome,
        cast(${u('i', 15)} * 120 as integer) as queue_seconds,
        case when ${u('i', 14)} < 0.88 then 60 + cast(${u('i', 16)} * 600 as integer) else 0 end as handle_seconds,
        case when ${u('i', 14)} >= 0.88 then null when ${u('i', 17)} < 0.8 then 'Y' else 'N' end as resolved,
        case when ${u('i', 14)} < 0.88 and ${u('i', 18)} < 0.4 then 1 + cast(${u('i', 19)} * 5 as integer) end as csat
      from range(${raw(String(calls))}) t(i)`,
  ];
}

export const VALUE_TABLES = ['bench_calls', 'bench_customers', 'bench_monthly'] as const;
