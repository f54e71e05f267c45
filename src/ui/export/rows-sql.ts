import { ident, join, lit, sql, type Fragment, type SqlValue } from '../../sql';

/**
 * A value written in as a literal: bound, a `values` list's parameters have no type to combine ("Cannot combine
 * types VARCHAR and BIGINT"). Numbers typed as the page holds them (a literal `0.5` would be a DECIMAL, and `-2.5`
 * beside it `-2.500`).
 */
function cell(value: SqlValue): Fragment {
  if (typeof value !== 'number') return lit(value);
  return Number.isInteger(value) ? sql`cast(${lit(value)} as bigint)` : sql`cast(${lit(value)} as double)`;
}

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
        columns.map((_, i) => cell(row[i] ?? null)),
        ', ',
      )})`,
  );
  return sql`select * from (values ${join(tuples, ', ')}) as analysis_rows(${names})`;
}
