import { useEffect, useState } from 'react';
import type { Engine } from '../engine/engine';
import { completionEntries, type CompletionEntry } from './completion';
import { RESERVED_WORDS_SQL, SCHEMA_COLUMNS_SQL, TABLE_NAMES_SQL } from './schema-sql';

export interface LiveSchema {
  readonly entries: readonly CompletionEntry[];
  /** Every table and view by lower-case name: a `create or replace` of one of them changes loaded data. */
  readonly tables: ReadonlySet<string>;
}

const EMPTY: LiveSchema = { entries: [], tables: new Set() };

/** The tables, views and columns the user can query, read again whenever `version` changes. */
export function useLiveSchema(engine: Engine, version: string): LiveSchema {
  const [schema, setSchema] = useState<LiveSchema>(EMPTY);
  useEffect(() => {
    const controller = new AbortController();
    const signal = controller.signal;
    void (async () => {
      try {
        const columns = await engine.query(SCHEMA_COLUMNS_SQL, { signal });
        const reserved = await engine.query(RESERVED_WORDS_SQL, { signal });
        const tables = await engine.query(TABLE_NAMES_SQL, { signal });
        const entries = completionEntries(
          columns.rows.map((r) => ({
            schema: String(r.schema),
            table: String(r.table),
            column: String(r.column),
            type: String(r.type),
          })),
          new Set(reserved.rows.map((r) => String(r.word))),
        );
        setSchema({ entries, tables: new Set(tables.rows.map((r) => String(r.name))) });
      } catch {
        // Completion is a help: without it the editor still works, and the next change of version tries again.
      }
    })();
    return () => controller.abort();
  }, [engine, version]);
  return schema;
}
