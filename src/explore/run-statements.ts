import { QueryCancelledError, type Engine, type QueryResult } from '../engine/engine';
import { userSql, type Fragment } from '../sql';
import type { GridColumn } from '../ui/grid/column-kind';
import { describeColumns } from '../ui/grid/paged-query';
import { errorOffset } from './error-spot';
import type { ScannedStatement } from './sql-scan';
import { planStatement, type DataChange } from './statement-kind';

/** The most rows a statement run once (not paged) brings back. */
export const ONCE_MAX_ROWS = 1_000;

/**
 * The user's query as the grid's source. It starts on a line of its own, so DuckDB's `LINE n` is the query's line
 * n + 1 (`QUERY_LINE_SHIFT`) whatever the grid wraps around it, and a closing `--` comment cannot swallow the `)`.
 */
export function querySource(text: string): Fragment {
  return userSql(`\n${text}\n`);
}
export const QUERY_LINE_SHIFT = 1;

export type RunOutcome =
  | {
      readonly kind: 'paged';
      readonly text: string;
      readonly source: Fragment;
      readonly columns: readonly GridColumn[];
      readonly start: number;
    }
  | { readonly kind: 'once'; readonly text: string; readonly result: QueryResult }
  | { readonly kind: 'failed'; readonly error: unknown; readonly offset: number | null; readonly refused: boolean }
  | { readonly kind: 'cancelled' };

/** The loaded data the statements would change: every drop, delete, update…, and a replace of a name that exists. */
export function dataChanges(statements: readonly ScannedStatement[], existing: ReadonlySet<string>): DataChange[] {
  return statements.flatMap((s) => {
    const plan = planStatement(s);
    if (plan.run !== 'once' || !plan.change) return [];
    const { change } = plan;
    return change.verb !== 'replace' || existing.has(change.name.toLowerCase()) ? [change] : [];
  });
}

/**
 * Runs the statements in order, each once, except a last query, which is only described here (its columns, and
 * any error DuckDB finds binding it): the grid pages it. Offsets are in the text the statements came from.
 */
export async function runStatements(
  engine: Engine,
  statements: readonly ScannedStatement[],
  signal: AbortSignal,
): Promise<RunOutcome> {
  let last: RunOutcome = { kind: 'cancelled' };
  for (const [i, statement] of statements.entries()) {
    const plan = planStatement(statement);
    if (plan.run === 'refused') return { kind: 'failed', error: null, offset: statement.start, refused: true };
    const paged = plan.run === 'paged' && i === statements.length - 1;
    try {
      if (paged) {
        const source = querySource(statement.text);
        const columns = await describeColumns(engine, source, signal);
        return { kind: 'paged', text: statement.text, source, columns, start: statement.start };
      }
      const result = await engine.query(userSql(statement.text), { signal, maxRows: ONCE_MAX_ROWS });
      last = { kind: 'once', text: statement.text, result };
    } catch (error) {
      if (error instanceof QueryCancelledError || signal.aborted) return { kind: 'cancelled' };
      const at = errorOffset(rawMessage(error), statement.text, paged ? QUERY_LINE_SHIFT : 0);
      return { kind: 'failed', error, offset: at === null ? null : statement.start + at, refused: false };
    }
  }
  return last;
}

/**
 * The engine's message as text. duckdb-wasm in the browser sends errors as JSON (`exception_type`,
 * `exception_message`); the Node build as `Parser Error: …`. Both become the latter.
 */
export function rawMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (!text.startsWith('{')) return text;
  try {
    const parsed = JSON.parse(text) as { exception_type?: unknown; exception_message?: unknown };
    if (typeof parsed.exception_message !== 'string') return text;
    const kind = typeof parsed.exception_type === 'string' ? `${parsed.exception_type} Error: ` : '';
    return `${kind}${parsed.exception_message}`;
  } catch {
    return text;
  }
}
