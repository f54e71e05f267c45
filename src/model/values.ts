import { join, sql, type Fragment } from '../sql';
import { sourceTable, text } from './expressions';

/** The distinct non-empty values of a loaded column, most frequent first (for outcome value lists). */
export function distinctValuesSql(table: string, column: string, limit = 30): Fragment {
  return sql`select ${text(column)} as value, count(*) as n from ${sourceTable(table)}
    where ${text(column)} is not null group by value order by n desc, value limit ${limit}`;
}

/** How many rows carry each of the given values in a loaded column (compared as trimmed text). */
export function valueCountsSql(table: string, column: string, values: readonly string[]): Fragment {
  if (values.length === 0) return sql`select null as value, 0 as n where false`;
  return sql`select ${text(column)} as value, count(*) as n from ${sourceTable(table)}
    where ${text(column)} in (${join(
      values.map((v) => sql`${v.trim()}`),
      ', ',
    )}) group by value`;
}
