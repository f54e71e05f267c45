import type { Engine } from '../../engine/engine';
import { ident, sql, type Fragment } from '../../sql';

/** Rows read from the engine at a time at most: the most of a result this thread holds at once. */
export const EXPORT_PAGE_ROWS = 100_000;

let made = 0;

/** A result kept in the engine to be read a page at a time. */
export interface ExportPages {
  readonly rows: number;
  /** The rows from `start` (0-based) up to `size` of them, in the result's order. */
  page(start: number, size: number): Fragment;
}

/**
 * Keeps a statement's result in a temporary table while `work` reads it a page at a time, by row number, then
 * drops it. A temporary table, not `limit … offset`, because a query's own row order may differ between runs.
 */
export async function withExportPages<T>(
  engine: Engine,
  statement: Fragment,
  work: (pages: ExportPages) => Promise<T>,
): Promise<T> {
  const table = ident(`callsight_export_${Date.now()}_${++made}`);
  await engine.query(sql`create temp table ${table} as select * from (${statement}) as export_source`);
  try {
    const rows = Number((await engine.query(sql`select count(*) as n from ${table}`)).rows[0]?.n ?? 0);
    return await work({
      rows,
      page: (start, size) => sql`select * from ${table} where rowid >= ${start} and rowid < ${start + size}`,
    });
  } finally {
    await engine.query(sql`drop table if exists ${table}`).catch(() => undefined);
  }
}
