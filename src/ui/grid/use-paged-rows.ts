import { useEffect, useMemo, useState } from 'react';
import { QueryCancelledError, type Engine } from '../../engine/engine';
import { inlineSql } from '../../sql';
import type { GridColumn } from './column-kind';
import type { GridQuery } from './grid-sql';
import { describeColumns, message, PagedQuery, type GridShape } from './paged-query';

type Described = { key: string; columns: readonly GridColumn[] } | { key: string; message: string };

export interface GridRows {
  /** The source's columns: known once, kept while a new sort or filter counts again. */
  readonly columns: readonly GridColumn[];
  readonly shape: GridShape;
  readonly paged: PagedQuery | null;
}

/**
 * The paged rows of a grid query; a new sort, filter or source starts afresh. `known`: the source's columns when
 * the caller has described it already (Explore's Run does, to place a binding error), saving a second describe.
 */
export function usePagedRows(
  engine: Engine,
  query: GridQuery,
  pageSize: number,
  known?: readonly GridColumn[],
): GridRows {
  const [, setVersion] = useState(0);
  // A query's text is its identity: a new Fragment with the same text is the same query.
  const sourceKey = inlineSql(query.source);
  const key = JSON.stringify([sourceKey, query.sort, query.filters, query.tiebreak]);
  const [described, setDescribed] = useState<Described | null>(null);
  useEffect(() => {
    if (known) return undefined;
    const controller = new AbortController();
    describeColumns(engine, query.source, controller.signal).then(
      (columns) => setDescribed({ key: sourceKey, columns }),
      (error: unknown) => {
        if (!(error instanceof QueryCancelledError)) setDescribed({ key: sourceKey, message: message(error) });
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [engine, sourceKey, known]);
  const current: Described | null = known
    ? { key: sourceKey, columns: known }
    : described?.key === sourceKey
      ? described
      : null;
  const columns = current && 'columns' in current ? current.columns : null;
  const paged = useMemo(
    () => (columns ? new PagedQuery(engine, query, pageSize, columns) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [engine, key, pageSize, columns],
  );
  useEffect(() => {
    if (!paged) return;
    void paged.start(() => setVersion((v) => v + 1));
    return () => paged.dispose();
  }, [paged]);
  const shape: GridShape =
    current && 'message' in current
      ? { status: 'failed', message: current.message }
      : (paged?.shape ?? { status: 'loading' });
  return { columns: columns ?? [], shape, paged };
}
