import { sql, type Fragment } from '../sql';
import { sourceTable, text } from './expressions';

/** The distinct non-empty values of a loaded column, most frequent first (for outcome value lists). */
export function distinctValuesSql(table: string, column: string, limit = 30): Fragment {
  return sql`select ${text(column)} as value, count(*) as n from ${sourceTable(table)}
    where ${text(column)} is not null group by value order by n desc, value limit ${limit}`;
}
