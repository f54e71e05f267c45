import type { Cell, Engine } from '../engine/engine';
import { tableIn, COMPACT_DATABASE } from '../engine/stores';
import { ident, sql, type Fragment } from '../sql';
import { dropRejected } from './rejects-table';
import type { IngestColumn } from './types';

/** The columns of a table with DuckDB's own type names. */
export async function describeTable(engine: Engine, table: string): Promise<IngestColumn[]> {
  const result = await engine.query(sql`select column_name, column_type from (describe ${ident(table)})`);
  return result.rows.map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
}

export async function countRows(engine: Engine, table: string): Promise<number> {
  const result = await engine.query(sql`select count(*) as n from ${ident(table)}`);
  return Number(result.rows[0]?.n ?? 0);
}

/** The first rows of a table, for the preview grid. */
export async function previewRows(engine: Engine, table: string, limit = 20): Promise<readonly Record<string, Cell>[]> {
  return (await engine.query(sql`select * from ${ident(table)} limit ${limit}`, { maxRows: limit })).rows;
}

/** Drops a table if it exists, and the rows set aside when it was read; used to leave nothing half-loaded. */
export async function dropTable(engine: Engine, table: string): Promise<void> {
  await engine.query(sql`drop table if exists ${ident(table)}`);
  await dropRejected(engine, table);
}

/** The table's name qualified by the database it lives in, for statements that replace it in place. */
export async function tableWhereItIs(engine: Engine, table: string): Promise<Fragment> {
  const result = await engine.query(
    sql`select database_name from duckdb_tables() where table_name = ${table} and schema_name = 'main'`,
  );
  return tableIn(table, result.rows[0]?.database_name === COMPACT_DATABASE);
}
