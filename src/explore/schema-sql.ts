import { raw } from '../sql';

/** Columns of the loaded tables (plain and compressed databases) and of the canonical views, in table order. */
export const SCHEMA_COLUMNS_SQL = raw(`select schema_name as schema, table_name as "table", column_name as "column",
  data_type as type from duckdb_columns()
  where not internal and database_name in ('memory', 'compact') and schema_name in ('main', 'canonical')
  order by schema_name = 'canonical', schema_name, table_name, column_index`);

/** DuckDB's reserved words: a name that is one must be quoted. */
export const RESERVED_WORDS_SQL = raw(
  `select keyword_name as word from duckdb_keywords() where keyword_category = 'reserved'`,
);

/** Every table and view the user's statements can change, by name (lower case, as DuckDB matches names). */
export const TABLE_NAMES_SQL = raw(`select distinct lower(table_name) as name from duckdb_tables() where not internal
  union select distinct lower(view_name) from duckdb_views() where not internal`);
