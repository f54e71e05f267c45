import { ident, join, sql, type Fragment, type SqlValue } from '../../sql';

/**
 * Rows an analysis worked out in the page (a decomposition, a leave-one-out) as a statement, so they export like
 * any result: `select * from (values …) as t(names)`, every value bound, every name quoted. Small tables only.
 */
export function rowsSql(columns: readonly string[], rows: readonly (readonly SqlValue[])[]): Fragment {
  const names = join(
    columns.map((c) => sql`${ident(c)}`),
    ', ',
  );
  if (rows.length === 0) {
    const nulls = join(
      columns.map((c) => sql`null::varchar as ${ident(c)}`),
      ', ',
    );
    return sql`select ${nulls} where false`;
  }
  const tuples = rows.map(
    (row) =>
      sql`(${join(
        columns.map((_, i) => sql`${row[i] ?? null}`),
        ', ',
      )})`,
  );
  return sql`select * from (values ${join(tuples, ', ')}) as analysis_rows(${names})`;
}
