import { inlineSql, lit, raw, sql, type Fragment } from '../sql';
import type { ExportFormat } from './engine';

const OPTIONS: Record<ExportFormat, Fragment> = {
  csv: raw('format csv, header true'),
  'csv-rows': raw('format csv, header false'),
};

/**
 * `COPY (statement) TO path`. COPY takes no parameters, so the statement's values are written in as literals, by
 * the same literal function that writes every literal.
 */
export function copyStatement(statement: Fragment, path: string, format: ExportFormat): string {
  return sql`copy (${raw(inlineSql(statement))}) to ${lit(path)} (${OPTIONS[format]})`.text;
}
