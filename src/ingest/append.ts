import type { Engine } from '../engine/engine';
import { ident, join, sql } from '../sql';
import { engineDetail, IngestError } from './errors';
import { moveRejected } from './rejects-table';
import { countRows, describeTable, dropTable, tableWhereItIs } from './table-info';

export interface AppendResult {
  /** Rows of the appended file that exactly repeat a row already in the table. */
  readonly duplicates: number;
  /** Rows in the table afterwards. */
  readonly rows: number;
}

/**
 * Moves a freshly loaded table's rows into an existing one with the same column names (in any order),
 * counting rows that repeat rows already there. Refuses, naming the difference, when columns differ;
 * the staged table is dropped either way.
 */
export async function appendTable(engine: Engine, target: string, staged: string, file: string): Promise<AppendResult> {
  try {
    const [targetColumns, stagedColumns] = await Promise.all([
      describeTable(engine, target),
      describeTable(engine, staged),
    ]);
    const have = new Set(targetColumns.map((c) => c.name));
    const got = new Set(stagedColumns.map((c) => c.name));
    const missing = [...have].filter((n) => !got.has(n));
    const extra = [...got].filter((n) => !have.has(n));
    if (missing.length || extra.length) {
      throw new IngestError('appendMismatch', file, {
        table: target,
        missing: missing.join(', ') || '—',
        extra: extra.join(', ') || '—',
      });
    }
    const list = join(
      targetColumns.map((c) => sql`${ident(c.name)}`),
      ', ',
    );
    const duplicates = await countDuplicates(engine, target, staged, list, file);
    try {
      await engine.query(sql`insert into ${ident(target)} (${list}) select ${list} from ${ident(staged)}`);
    } catch (error) {
      throw new IngestError('appendTypes', file, { table: target, detail: engineDetail(error) });
    }
    await moveRejected(engine, staged, target);
    return { duplicates, rows: await countRows(engine, target) };
  } finally {
    await dropTable(engine, staged);
  }
}

async function countDuplicates(
  engine: Engine,
  target: string,
  staged: string,
  list: ReturnType<typeof join>,
  file: string,
): Promise<number> {
  try {
    const result = await engine.query(
      sql`select count(*) as n from (select ${list} from ${ident(staged)} intersect all select ${list} from ${ident(target)})`,
    );
    return Number(result.rows[0]?.n ?? 0);
  } catch (error) {
    throw new IngestError('appendTypes', file, { table: target, detail: engineDetail(error) });
  }
}

/** Keeps one copy of each exactly repeated row; returns how many rows went. */
export async function removeDuplicateRows(engine: Engine, table: string): Promise<number> {
  const before = await countRows(engine, table);
  const where = await tableWhereItIs(engine, table);
  await engine.query(sql`create or replace table ${where} as select distinct * from ${where}`);
  return before - (await countRows(engine, table));
}
