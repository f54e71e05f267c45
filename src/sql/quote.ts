/** A value that may be bound into SQL. Dates travel as ISO strings and are cast in SQL. */
export type SqlValue = string | number | boolean | null;

/**
 * Quotes an identifier (table or column name) for DuckDB. The only place identifiers become SQL text.
 * Any string is accepted, including quotes, semicolons, Chinese, emoji and the empty string.
 */
export function quoteIdent(name: string): string {
  if (name.includes('\u0000')) throw new Error('Identifiers cannot contain NUL characters');
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Renders a value as a SQL literal, for the few places DuckDB takes no parameters
 * (table functions' options, DDL defaults). Everywhere else, bind values with `sql`.
 */
export function literal(value: SqlValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Cannot write ${String(value)} as a SQL literal`);
    return String(value);
  }
  if (value.includes('\u0000')) throw new Error('String literals cannot contain NUL characters');
  return `'${value.replaceAll("'", "''")}'`;
}
