import { COMPACT_DATABASE } from '../engine/stores';
import { ident, join, raw, sql, type Fragment } from '../sql';
import { callsBuildStatements, dropCallsStatements, type CallsBuildOptions } from './canonical-calls';
import { dateExpr, numberExpr, sourceTable, text } from './expressions';
import type { CustomersMapping, Mapping, PeriodsMapping, ReasonsMapping } from './mapping';

import {
  CALLS,
  CANONICAL_SCHEMA,
  CUSTOMER_PERIODS,
  CUSTOMERS,
  EXCLUDED,
  REASONS,
  type TableTypes,
} from './canonical-names';

export {
  CALLS,
  CANONICAL_SCHEMA,
  CUSTOMER_PERIODS,
  CUSTOMERS,
  EXCLUDED,
  REASONS,
  type TableTypes,
} from './canonical-names';

function col(column: string | undefined, make: (c: string) => Fragment, type: string, alias: string): Fragment {
  return column
    ? sql`cast(${make(column)} as ${raw(type)}) as ${ident(alias)}`
    : sql`cast(null as ${raw(type)}) as ${ident(alias)}`;
}

/** The `canonical.reasons` view: one row per raw code (the latest by validity). */
export function reasonsViewSql(m: ReasonsMapping | undefined, types: TableTypes): Fragment {
  if (!m) {
    return sql`create or replace view ${REASONS} as select * from (values (null::varchar, null::varchar, null::varchar, null::varchar, null::varchar, null::date, null::date)) v(raw_code, reason, category, status, merged_into, valid_from, valid_to) where false`;
  }
  const c = m.columns;
  const t = types[m.table] ?? {};
  const fields = [
    col(c.raw_code, text, 'varchar', 'raw_code'),
    col(c.reason, text, 'varchar', 'reason'),
    col(c.category, text, 'varchar', 'category'),
    col(c.status, text, 'varchar', 'status'),
    col(c.merged_into, text, 'varchar', 'merged_into'),
    col(c.valid_from, (x) => dateExpr(x, t), 'date', 'valid_from'),
    col(c.valid_to, (x) => dateExpr(x, t), 'date', 'valid_to'),
  ];
  return sql`create or replace view ${REASONS} as
    select * from (select ${join(fields, ', ')} from ${sourceTable(m.table)})
    where raw_code is not null
    qualify row_number() over (partition by raw_code order by valid_from desc nulls last) = 1`;
}

/** The `canonical.customers` view: typed customer columns. */
export function customersViewSql(m: CustomersMapping | undefined, types: TableTypes): Fragment {
  const c = m?.columns ?? {};
  const t = m ? (types[m.table] ?? {}) : {};
  const fields = [
    col(c.customer_id, text, 'varchar', 'customer_id'),
    col(c.customer_name, text, 'varchar', 'customer_name'),
    col(c.revenue, (x) => numberExpr(x, t), 'double', 'revenue'),
    col(c.service_cost, (x) => numberExpr(x, t), 'double', 'service_cost'),
    col(c.segment, text, 'varchar', 'segment'),
    col(c.joined_at, (x) => dateExpr(x, t), 'date', 'joined_at'),
    col(c.period, (x) => dateExpr(x, t), 'date', 'period'),
    col(c.arrears, (x) => numberExpr(x, t), 'double', 'arrears'),
    col(c.overdue_days, (x) => numberExpr(x, t), 'double', 'overdue_days'),
    col(c.late_payments, (x) => numberExpr(x, t), 'double', 'late_payments'),
  ];
  const id = m?.columns.customer_id;
  const source = m && id ? sql` from ${sourceTable(m.table)} where ${text(id)} is not null` : sql` where false`;
  return sql`create or replace view ${CUSTOMERS} as select ${join(fields, ', ')}${source}`;
}

/**
 * The `canonical.customer_periods` table: revenue and service cost per customer and period (first day of it).
 * A table, not a view: reading `2026-01` as a date through the format list cost 300 ms per query on 12k rows.
 */
export function customerPeriodsViewSql(m: PeriodsMapping | undefined, types: TableTypes): Fragment {
  const c = m?.columns ?? {};
  const t = m ? (types[m.table] ?? {}) : {};
  const fields = [
    col(c.customer_id, text, 'varchar', 'customer_id'),
    col(c.period, (x) => dateExpr(x, t), 'date', 'period'),
    col(c.revenue, (x) => numberExpr(x, t), 'double', 'revenue'),
    col(c.service_cost, (x) => numberExpr(x, t), 'double', 'service_cost'),
  ];
  const ready = m && c.customer_id && c.period;
  const source = ready
    ? sql` from ${sourceTable(m.table)} where ${text(c.customer_id!)} is not null and ${dateExpr(c.period!, t)} is not null`
    : sql` where false`;
  return sql`create or replace table ${CUSTOMER_PERIODS} as select ${join(fields, ', ')}${source}`;
}

/** Every statement that (re)builds the canonical views, in order (the previous calls and excluded already dropped). */
export function canonicalViewsSql(mapping: Mapping, types: TableTypes, options: CallsBuildOptions): Fragment[] {
  return [
    sql`create schema if not exists ${ident(CANONICAL_SCHEMA)}`,
    sql`create schema if not exists ${ident(COMPACT_DATABASE)}.${ident(CANONICAL_SCHEMA)}`,
    sql`drop table if exists ${CALLS}`,
    sql`drop view if exists ${CALLS}`,
    sql`drop table if exists ${EXCLUDED}`,
    sql`drop view if exists ${EXCLUDED}`,
    ...dropCallsStatements(),
    reasonsViewSql(mapping.reasons, types),
    customersViewSql(mapping.customers, types),
    customerPeriodsViewSql(mapping.periods, types),
    ...callsBuildStatements(mapping, types, options),
  ];
}
