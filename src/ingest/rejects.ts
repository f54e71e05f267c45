import type { Engine } from '../engine/engine';
import { literal, raw, sql, type Fragment } from '../sql';
import type { RejectProblem } from './types';

/** The engine's scratch tables for one read's rejected rows (temporary: they never outlive the session). */
export interface RejectScratch {
  readonly errors: string;
  readonly scans: string;
}

let scratchCount = 0;

/** Names the engine takes as its rejects options (plain ASCII: a table name may be Chinese). */
export function rejectScratch(purpose: 'read' | 'sample'): RejectScratch {
  const n = ++scratchCount;
  return { errors: `__callsight_${purpose}_rejects_${n}`, scans: `__callsight_${purpose}_scans_${n}` };
}

/**
 * `read_csv` options that set aside rows that do not parse, instead of failing the read. Rows with too few
 * fields are set aside too: `null_padding` stays off, so a short row is never read as one with empty cells.
 */
export function rejectArgs(scratch: RejectScratch): Fragment {
  const value = (v: string) => raw(literal(v));
  return sql`, store_rejects = true, rejects_table = ${value(scratch.errors)}, rejects_scan = ${value(scratch.scans)}`;
}

export async function clearScratch(engine: Engine, scratch: RejectScratch): Promise<void> {
  await engine.query(sql`drop table if exists temp.main.${raw(quoted(scratch.errors))}`);
  await engine.query(sql`drop table if exists temp.main.${raw(quoted(scratch.scans))}`);
}

function quoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A row the engine set aside, as it reported it (positions in the file it read, which may be a piece). */
export interface EngineReject {
  readonly path: string;
  /** Where the row starts in that file, as the engine counts it (the start, or one byte after it). */
  readonly position: number;
  readonly problem: RejectProblem;
  readonly text: string;
}

/** Columns whose values the engine could not read as the type the sniffer chose. */
export async function castFailures(engine: Engine, scratch: RejectScratch): Promise<string[]> {
  if (!(await scratchExists(engine, scratch))) return [];
  const errors = raw(`temp.main.${quoted(scratch.errors)}`);
  // A row set aside for its shape may also report a value it could not read: that says nothing of the column.
  const result = await engine.query(
    sql`select distinct column_name from ${errors} e where error_type::varchar = 'CAST' and column_name is not null
      and not exists (select 1 from ${errors} o where o.error_type::varchar <> 'CAST' and o.scan_id = e.scan_id
        and o.file_id = e.file_id and o.line = e.line)`,
  );
  return result.rows.map((r) => String(r.column_name));
}

/** The rows set aside by every read since the scratch tables were cleared, in file order. */
export async function engineRejects(engine: Engine, scratch: RejectScratch): Promise<EngineReject[]> {
  if (!(await scratchExists(engine, scratch))) return [];
  // One row can be reported more than once (a missing field names each missing column): one per place.
  const result = await engine.query(
    sql`select s.file_path as path, e.line_byte_position as position, min(e.error_type::varchar) as error_type, min(e.csv_line) as csv_line
      from temp.main.${raw(quoted(scratch.errors))} e join temp.main.${raw(quoted(scratch.scans))} s using (scan_id, file_id)
      where e.error_type::varchar <> 'CAST'
      group by all order by path, position`,
  );
  return result.rows.map((r) => ({
    path: String(r.path),
    position: Number(r.position),
    problem: problemOf(String(r.error_type)),
    // The engine starts some rows' text with the line break before them.
    text: String(r.csv_line ?? '').replace(/^\r?\n/, ''),
  }));
}

async function scratchExists(engine: Engine, scratch: RejectScratch): Promise<boolean> {
  const result = await engine.query(
    sql`select count(*) as n from duckdb_tables() where database_name = 'temp' and table_name in (${scratch.errors}, ${scratch.scans})`,
  );
  return Number(result.rows[0]?.n) === 2;
}

function problemOf(errorType: string): RejectProblem {
  switch (errorType) {
    case 'TOO MANY COLUMNS':
      return 'tooManyFields';
    case 'MISSING COLUMNS':
      return 'tooFewFields';
    case 'UNQUOTED VALUE':
      return 'unclosedQuote';
    case 'INVALID UNICODE':
      return 'badCharacters';
    case 'LINE SIZE OVER MAXIMUM':
      return 'lineTooLong';
    default:
      return 'other';
  }
}
