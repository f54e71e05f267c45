import type { Translate } from '../../i18n/react';
import type { ColumnKind, GridColumn } from './column-kind';
import type { GridSort } from './grid-sql';

interface Props {
  columns: readonly GridColumn[];
  sort: GridSort | null;
  filters: Readonly<Record<string, string>>;
  onSort: (column: string) => void;
  onFilter: (column: string, text: string) => void;
  leading: boolean;
  t: Translate;
}

const HINT: Record<ColumnKind, string> = {
  text: 'grid.hint.text',
  other: 'grid.hint.text',
  integer: 'grid.hint.number',
  decimal: 'grid.hint.number',
  date: 'grid.hint.date',
  datetime: 'grid.hint.date',
  time: 'grid.hint.date',
  boolean: 'grid.hint.boolean',
};

/** Column names (click to sort), their kinds, and one filter box per column. */
export function GridHeader({ columns, sort, filters, onSort, onFilter, leading, t }: Props) {
  return (
    <div className="grid-head" role="rowgroup">
      <div className="grid-row" role="row" aria-rowindex={1}>
        {leading && <div className="grid-cell grid-lead" role="columnheader" />}
        {columns.map((column) => {
          const sorted = sort?.column === column.name ? sort : null;
          return (
            <div
              key={column.name}
              className={`grid-cell grid-${column.kind}`}
              role="columnheader"
              aria-sort={sorted ? (sorted.descending ? 'descending' : 'ascending') : 'none'}
            >
              <button
                type="button"
                className="grid-sort"
                title={t('grid.sortBy', { column: column.name })}
                onClick={() => onSort(column.name)}
              >
                <span className="grid-name">{column.name}</span>
                <span className="grid-kind" title={column.type}>
                  {t(`grid.kind.${column.kind}`)}
                </span>
                {sorted && (
                  <span
                    className="grid-arrow"
                    aria-label={t(sorted.descending ? 'grid.sorted.desc' : 'grid.sorted.asc')}
                  >
                    {sorted.descending ? '▼' : '▲'}
                  </span>
                )}
              </button>
            </div>
          );
        })}
      </div>
      <div className="grid-row grid-filters" role="row" aria-rowindex={2}>
        {leading && <div className="grid-cell grid-lead" role="columnheader" />}
        {columns.map((column) => (
          <div key={column.name} className={`grid-cell grid-${column.kind}`} role="columnheader">
            <input
              type="search"
              aria-label={t('grid.filter', { column: column.name })}
              placeholder={t(HINT[column.kind])}
              value={filters[column.name] ?? ''}
              onChange={(event) => onFilter(column.name, event.target.value)}
            />
          </div>
        ))}
      </div>
    </div>
  );
}
