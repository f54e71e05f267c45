import type { Engine, Transaction } from '../engine/engine';
import { ident, join, sql } from '../sql';
import type { RejectedLine, RejectProblem, RejectSummary } from './types';

// Rows in one insert statement (four bound values each).
const BATCH = 500;
// Rows kept in the summary the app holds: the SQL table has them all.
const FIRST = 20;
/** More than this share of a file's rows set aside, and the user is asked before the rows are loaded. */
export const ASK_ABOVE_SHARE = 0.01;

/**
 * The SQL table that keeps a table's set-aside rows. Table names made from file names never hold two
 * underscores in a row, so this name is never another file's table.
 */
export function rejectedTableName(table: string): string {
  return `${table}__rejected`;
}

export function summarize(
  file: string,
  table: string,
  rejected: readonly RejectedLine[],
  loaded: number,
  sampled = false,
): RejectSummary {
  const counts = new Map<RejectProblem, number>();
  for (const r of rejected) counts.set(r.problem, (counts.get(r.problem) ?? 0) + 1);
  const problems = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([p]) => p);
  const first = [...rejected].sort((a, b) => a.line - b.line).slice(0, FIRST);
  return {
    file,
    count: rejected.length,
    total: loaded + rejected.length,
    table: rejectedTableName(table),
    problems,
    first,
    ...(sampled ? { sampled: true } : {}),
  };
}

/** Whether so many rows were set aside that the user should say whether to load the rest. */
export function needsAsking(summary: RejectSummary): boolean {
  return summary.count > 0 && summary.count > summary.total * ASK_ABOVE_SHARE;
}

/** Keeps the set-aside rows of `file` in the table's rejected-rows table (created when first needed). */
export async function saveRejected(
  engine: Engine,
  table: string,
  file: string,
  rejected: readonly RejectedLine[],
): Promise<void> {
  const target = ident(rejectedTableName(table));
  await engine.query(
    sql`create table if not exists ${target} (file varchar, line bigint, problem varchar, raw_text varchar)`,
  );
  const ordered = [...rejected].sort((a, b) => a.line - b.line);
  for (let from = 0; from < ordered.length; from += BATCH) {
    const rows = ordered.slice(from, from + BATCH).map((r) => sql`(${file}, ${r.line}, ${r.problem}, ${r.text})`);
    await engine.query(sql`insert into ${target} values ${join(rows, ', ')}`);
  }
}

/** Moves a staged table's set-aside rows to the table its rows were appended to. */
export async function moveRejected(engine: Engine, from: string, to: string): Promise<void> {
  if (!(await hasRejected(engine, from))) return;
  const source = ident(rejectedTableName(from));
  const target = ident(rejectedTableName(to));
  await engine.query(sql`create table if not exists ${target} as select * from ${source} limit 0`);
  await engine.query(sql`insert into ${target} select * from ${source}`);
  await dropRejected(engine, from);
}

/** Replaces a table's set-aside rows with another's (a file read again under a side name). */
/** Takes the engine, or a transaction's statements (an engine fits: it has the same `query`). */
export async function renameRejected(engine: Transaction, from: string, to: string): Promise<void> {
  await dropRejected(engine, to);
  if (await hasRejected(engine, from)) {
    await engine.query(sql`alter table ${ident(rejectedTableName(from))} rename to ${ident(rejectedTableName(to))}`);
  }
}

export async function dropRejected(engine: Transaction, table: string): Promise<void> {
  await engine.query(sql`drop table if exists ${ident(rejectedTableName(table))}`);
}

async function hasRejected(engine: Transaction, table: string): Promise<boolean> {
  const result = await engine.query(
    sql`select count(*) as n from duckdb_tables() where table_name = ${rejectedTableName(table)}`,
  );
  return Number(result.rows[0]?.n) > 0;
}

/** Rows of the rejected-rows table, in file order, for the viewer. */
export async function rejectedRows(engine: Engine, table: string, limit = 200): Promise<RejectedLineOf[]> {
  const result = await engine.query(
    sql`select file, line, problem, raw_text from ${ident(table)} order by file, line limit ${limit}`,
    { maxRows: limit },
  );
  return result.rows.map((r) => ({
    file: String(r.file),
    line: Number(r.line),
    problem: String(r.problem) as RejectProblem,
    text: String(r.raw_text ?? ''),
  }));
}

export interface RejectedLineOf extends RejectedLine {
  readonly file: string;
}
