import { quoteIdent } from '../sql';

/** One column of a table or view the user can query. */
export interface SchemaColumn {
  readonly schema: string;
  readonly table: string;
  readonly column: string;
  readonly type: string;
}

/** One autocomplete entry: what the list shows and what choosing it writes into the editor. */
export interface CompletionEntry {
  readonly label: string;
  readonly apply: string;
  readonly type: 'table' | 'column';
  readonly detail: string;
}

const PLAIN = /^[a-z_][a-z0-9_]*$/;

/**
 * A name as the user's SQL should write it: bare when DuckDB reads it back unchanged (lower case, no reserved word),
 * else quoted by the same rule `ident()` uses. Chinese, spaces, quotes and capitals are quoted.
 */
export function writtenName(name: string, reserved: ReadonlySet<string>): string {
  return PLAIN.test(name) && !reserved.has(name) ? name : quoteIdent(name);
}

/**
 * Completion entries for the tables (loaded, `main`) and views (`canonical.*`) and their columns. A canonical view is
 * offered by its qualified name; a column is offered once per name, its detail naming the tables that have it.
 */
export function completionEntries(columns: readonly SchemaColumn[], reserved: ReadonlySet<string>): CompletionEntry[] {
  const tables = new Map<string, CompletionEntry>();
  const byColumn = new Map<string, { apply: string; tables: string[]; type: string }>();
  for (const c of columns) {
    const table = c.schema === 'main' ? c.table : `${c.schema}.${c.table}`;
    const apply =
      c.schema === 'main'
        ? writtenName(c.table, reserved)
        : `${writtenName(c.schema, reserved)}.${writtenName(c.table, reserved)}`;
    if (!tables.has(table))
      tables.set(table, { label: table, apply, type: 'table', detail: c.schema === 'main' ? 'table' : 'view' });
    const seen = byColumn.get(c.column);
    if (seen) {
      if (!seen.tables.includes(table)) seen.tables.push(table);
    } else byColumn.set(c.column, { apply: writtenName(c.column, reserved), tables: [table], type: c.type });
  }
  const columnEntries = [...byColumn].map(([label, c]): CompletionEntry => ({
    label,
    apply: c.apply,
    type: 'column',
    detail: `${c.type} · ${c.tables.slice(0, 3).join(', ')}${c.tables.length > 3 ? '…' : ''}`,
  }));
  return [...tables.values(), ...columnEntries];
}
