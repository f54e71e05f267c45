import { ident, sql } from '../sql';
import type { ColumnTypes } from './expressions';

/** The schema that holds the canonical views, apart from loaded tables (a file may be called `calls.csv`). */
export const CANONICAL_SCHEMA = 'canonical';

/** The canonical views every analysis reads. */
export const CALLS = sql`${ident(CANONICAL_SCHEMA)}.calls`;
export const CUSTOMERS = sql`${ident(CANONICAL_SCHEMA)}.customers`;
export const REASONS = sql`${ident(CANONICAL_SCHEMA)}.reasons`;
/** Revenue and service cost per customer and period (a table: see `customerPeriodsViewSql`). */
export const CUSTOMER_PERIODS = sql`${ident(CANONICAL_SCHEMA)}.customer_periods`;
/** Loaded calls rows that are not counted calls, each with its `excluded_reason`. */
export const EXCLUDED = sql`${ident(CANONICAL_SCHEMA)}.excluded`;

/** Column types of every loaded table, by table name. */
export type TableTypes = Readonly<Record<string, ColumnTypes>>;
