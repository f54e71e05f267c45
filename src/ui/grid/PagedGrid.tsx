import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Engine } from '../../engine/engine';
import { useLanguageStore, useT } from '../../i18n/react';
import type { Fragment } from '../../sql';
import { TableExport } from '../export/TableExport';
import { cellText } from './column-kind';
import { sortedSql, type GridSort } from './grid-sql';
import { GridHeader } from './GridHeader';
import type { Row } from './paged-query';
import { usePagedRows } from './use-paged-rows';
import { contentHeight, scrollTopFor, visibleWindow } from './visible-window';
import './grid.css';

interface Props {
  engine: Engine;
  /** Any SELECT (or table) to show. */
  source: Fragment;
  /** Columns that order rows a sort leaves tied. */
  tiebreak?: readonly string[];
  label: string;
  testId?: string;
  /** `data-figure` of the row count. */
  countFigure?: string;
  /** A control drawn before a row's cells (e.g. a link to related rows), or null for none. */
  rowLead?: (row: Row) => ReactNode;
  /** What Enter on a row does. */
  onOpenRow?: (row: Row) => void;
  /** The exported file's name (without extension): with it, the grid has an Export button for all its rows. */
  exportName?: string;
}

const ROW_HEIGHT = 32;
const PAGE_SIZE = 100;
const FILTER_DELAY_MS = 250;

/**
 * A virtualised grid over any query, paged from the engine: it never holds more than the pages on screen. Values
 * and column names are drawn as text, never as markup.
 */
export function PagedGrid(props: Props) {
  const { engine, source, tiebreak = [], label, testId, countFigure, rowLead, onOpenRow, exportName } = props;
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const id = useId();
  const [sort, setSort] = useState<GridSort | null>(null);
  const [typed, setTyped] = useState<Readonly<Record<string, string>>>({});
  const [filters, setFilters] = useState<Readonly<Record<string, string>>>({});
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  /** A new sort or filter shows its first rows. */
  const toStart = () => {
    setActive(0);
    if (scroller.current) scroller.current.scrollTop = 0;
  };
  useEffect(() => {
    const timer = setTimeout(() => {
      setFilters(typed);
      toStart();
    }, FILTER_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const query = useMemo(() => ({ source, sort, filters, tiebreak }), [source, sort, filters, tiebreak]);
  const rows = usePagedRows(engine, query, PAGE_SIZE);
  const [view, setView] = useState({ scrollTop: 0, height: 480 });
  const count = rows.shape.status === 'ready' ? rows.shape.count : 0;
  const window = visibleWindow(view.scrollTop, view.height, count, ROW_HEIGHT);
  const { paged, shape } = rows;
  // `shape` changes when the count arrives: the first rows are asked for then.
  useEffect(() => paged?.show(window.first, window.last), [paged, shape, window.first, window.last]);
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setView((v) => ({ ...v, height: element.clientHeight })));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const words = { yes: t('grid.yes'), no: t('grid.no') };
  const columns = rows.columns;
  const leading = Boolean(rowLead);

  const goTo = (row: number) => {
    const target = Math.max(0, Math.min(count - 1, row));
    setActive(target);
    const element = scroller.current;
    if (!element) return;
    const seen = visibleWindow(element.scrollTop, element.clientHeight, count, ROW_HEIGHT, 0);
    // Two rows of margin: the sticky header covers the top of the scroller.
    if (target < seen.first + 2 || target >= seen.last - 1) {
      element.scrollTop = scrollTopFor(Math.max(0, target - 2), element.clientHeight, count, ROW_HEIGHT);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const screen = Math.max(1, Math.floor(view.height / ROW_HEIGHT) - 3);
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + screen,
      PageUp: active - screen,
      Home: 0,
      End: count - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      goTo(moves[event.key]!);
    } else if (event.key === 'Enter' && onOpenRow) {
      const row = paged?.rowAt(active);
      if (row) onOpenRow(row);
    }
  };

  const drawn: ReactNode[] = [];
  for (let index = window.first; index < window.last; index++) {
    const row = paged?.rowAt(index);
    drawn.push(
      <div
        key={index}
        id={`${id}-r${index}`}
        className={`grid-row${index === active ? ' grid-active' : ''}`}
        role="row"
        aria-rowindex={index + 3}
        aria-selected={index === active}
        data-row={index}
        onClick={() => setActive(index)}
      >
        {leading && (
          <div className="grid-cell grid-lead" role="gridcell">
            {row && rowLead?.(row)}
          </div>
        )}
        {columns.map((column) => {
          const text = row ? cellText(row[column.name] ?? null, column.kind, words) : '';
          const numeric = column.kind === 'integer' || column.kind === 'decimal';
          return (
            <div
              key={column.name}
              className={`grid-cell grid-${column.kind}${numeric ? ' grid-number' : ''}`}
              role="gridcell"
            >
              {text === null ? <span className="grid-null">{t('grid.null')}</span> : text}
            </div>
          );
        })}
      </div>,
    );
  }
  const wide = columns.filter((c) => c.kind === 'datetime').length;
  const width = `calc(${columns.length - wide} * var(--grid-col) + ${wide} * var(--grid-wide) + ${leading ? 'var(--grid-lead)' : '0px'})`;

  return (
    <div
      className="paged-grid"
      data-testid={testId}
      data-held-rows={paged?.held.now ?? 0}
      data-peak-rows={paged?.held.peak ?? 0}
    >
      <div className="grid-summary" aria-live="polite">
        {rows.shape.status === 'ready' ? (
          <span data-figure={countFigure} data-value={count}>
            {t('grid.rows', { count: count.toLocaleString(language) })}
          </span>
        ) : rows.shape.status === 'failed' ? (
          <span className="error-banner">{t('grid.failed', { message: rows.shape.message })}</span>
        ) : (
          t('grid.loading')
        )}
        {exportName && rows.shape.status === 'ready' && (
          <TableExport
            engine={engine}
            query={() => sortedSql(query, columns)}
            fileName={exportName}
            rows={count}
            testId="grid-export"
          />
        )}
      </div>
      <div
        ref={scroller}
        className="grid-scroll"
        role="grid"
        aria-label={label}
        aria-description={t('grid.keys')}
        aria-rowcount={count + 2}
        aria-colcount={columns.length + (leading ? 1 : 0)}
        aria-activedescendant={count > 0 ? `${id}-r${active}` : undefined}
        aria-busy={rows.shape.status === 'loading'}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onScroll={(event) => {
          const { scrollTop, clientHeight } = event.currentTarget;
          setView({ scrollTop, height: clientHeight });
        }}
      >
        <div style={{ width }}>
          <GridHeader
            columns={columns}
            sort={sort}
            filters={typed}
            leading={leading}
            t={t}
            onSort={(column) => {
              toStart();
              setSort((s) =>
                s?.column === column
                  ? s.descending
                    ? null
                    : { column, descending: true }
                  : { column, descending: false },
              );
            }}
            onFilter={(column, text) => setTyped((f) => ({ ...f, [column]: text }))}
          />
          <div role="rowgroup" className="grid-body" style={{ height: contentHeight(count, ROW_HEIGHT) }}>
            <div className="grid-window" style={{ transform: `translateY(${window.top}px)` }}>
              {drawn}
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}
