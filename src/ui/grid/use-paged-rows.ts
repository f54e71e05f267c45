import { useEffect, useMemo, useState } from 'react';
import type { Engine } from '../../engine/engine';
import { inlineSql } from '../../sql';
import type { GridQuery } from './grid-sql';
import { PagedQuery } from './paged-query';

/** The paged rows of a grid query; a new query (another sort, filter or source) starts afresh. */
export function usePagedRows(engine: Engine, query: GridQuery, pageSize: number): PagedQuery {
  const [, setVersion] = useState(0);
  // The query's text is its identity: a new Fragment with the same text is the same query.
  const key = JSON.stringify([inlineSql(query.source), query.sort, query.filters, query.tiebreak]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const paged = useMemo(() => new PagedQuery(engine, query, pageSize), [engine, key, pageSize]);
  useEffect(() => {
    void paged.start(() => setVersion((v) => v + 1));
    return () => paged.dispose();
  }, [paged]);
  return paged;
}
