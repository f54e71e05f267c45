import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import iconv from 'iconv-lite';
import type { Engine } from '../../src/engine/engine';
import type { SourceTable } from '../../src/model';
import { ident, sql } from '../../src/sql';

let counter = 0;

/** Loads CSV text into a table the way ingest does (DuckDB's read_csv) and describes it. */
export async function loadCsvText(engine: Engine, table: string, csv: string): Promise<SourceTable> {
  const file = `ingest/f${++counter}.csv`;
  // Copied into this realm's Uint8Array: under jsdom, TextEncoder returns another realm's.
  await engine.registerFile(file, Uint8Array.from(new TextEncoder().encode(csv)));
  await engine.query(sql`create or replace table ${ident(table)} as select * from read_csv(${file}, header = true)`);
  return describeTable(engine, table);
}

/** Loads a CSV file (GBK when `gbk`) into a table named after the file. */
export async function loadCsvFile(engine: Engine, path: string, gbk = false): Promise<SourceTable> {
  const bytes = readFileSync(path);
  const csv = gbk ? iconv.decode(bytes, 'gbk') : bytes.toString('utf8');
  return loadCsvText(engine, basename(path, '.csv'), csv);
}

export async function describeTable(engine: Engine, table: string): Promise<SourceTable> {
  const cols = await engine.query(sql`select column_name, column_type from (describe ${ident(table)})`);
  const rows = await engine.query(sql`select count(*) as n from ${ident(table)}`);
  return {
    table,
    rows: Number(rows.rows[0]?.n ?? 0),
    columns: cols.rows.map((r) => ({ name: String(r.column_name), type: String(r.column_type) })),
  };
}
