import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Engine } from '../../engine/engine';
import { useLanguageStore, useT } from '../../i18n/react';
import type { Fragment } from '../../sql';
import { TableExport } from '../export/TableExport';
import { cellText, type GridColumn } from './column-kind';
import { copyBlock } from './copy-block';
import { CopyNote, type CopyState } from './CopyNote';
import { sortedSql, type GridSort } from './grid-sql';
import { GridHeader } from './GridHeader';
import { message, type GridShape, type Row } from './paged-query';
import { useCellBlock } from './use-cell-block';
import { usePagedRows } from './use-paged-rows';
import { contentHeight, scrollTopFor, visibleWindow } from './visible-window';
import './grid.css';

interface Props {
  engine: Engine;
  /** Any SELECT (or table) to show. */
  source: Fragment;
  /** The source's columns when the caller has just described it: the grid then does not describe it again. */
  columns?: readonly GridColumn[];
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
  /** Hears the grid's state change: loading, failed (with the engine's message), ready (with the row count). */
  onShape?: (shape: GridShape) => void;
  /** The exported file's name (without extension): with it, the grid has an Export button for all its rows. */
  exportName?: string;
}

const ROW_HEIGHT = 32;
const PAGE_SIZE = 100;
const FILTER_DELAY_MS = 250;
const NO_FILTERS: Readonly<Record<string, string>> = {};

/**
 * A virtualised grid over any query, paged from the engine: it never holds more than the pages on screen. Values
 * and column names are drawn as text, never as markup.
 */
export function PagedGrid({
  engine,
  source,
  columns: described,
  tiebreak = [],
  label,
  testId,
  countFigure,
  rowLead,
  onOpenRow,
  onShape,
  exportName,
}: Props) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const id = useId();
  const [sort, setSort] = useState<GridSort | null>(null);
  const [typed, setTyped] = useState<Readonly<Record<string, string>>>(NO_FILTERS);
  const [filters, setFilters] = useState<Readonly<Record<string, string>>>(NO_FILTERS);
  const scroller = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  /**
   * The height rows have on screen: the scroller's minus the sticky header above them, which is taller when
   * narrow columns wrap their names (at 390 px), so it is measured, not assumed.
   */
  const rowsViewport = (element: HTMLElement) =>
    Math.max(ROW_HEIGHT, element.clientHeight - (body.current?.offsetTop ?? 0));
  const [active, setActive] = useState(0);
  const cells = useCellBlock(active);
  const { release } = cells;
  const [copied, setCopied] = useState<CopyState>(null);
  const copying = useRef<AbortController | null>(null);
  useEffect(() => () => copying.current?.abort(), []);
  /** A new sort or filter shows its first rows. */
  const toStart = () => {
    setActive(0);
    if (scroller.current) scroller.current.scrollTop = 0;
  };
  useEffect(() => {
    // Only typing moves the list back to its start: on opening, this must not undo a scroll or a key (End) that
    // came before the delay ran out.
    if (typed === filters) return undefined;
    const timer = setTimeout(() => {
      setFilters(typed);
      release();
      toStart();
    }, FILTER_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed, filters, release]);
  const query = useMemo(() => ({ source, sort, filters, tiebreak }), [source, sort, filters, tiebreak]);
  const rows = usePagedRows(engine, query, PAGE_SIZE, described);
  const [view, setView] = useState({ scrollTop: 0, height: 480 });
  // Before the count comes back, the first page's rows are drawn as soon as they arrive: over millions of rows
  // the count takes several times longer than the page.
  const count = rows.shape.status === 'ready' ? rows.shape.count : (rows.paged?.firstPageRows() ?? 0);
  const window = visibleWindow(view.scrollTop, view.height, count, ROW_HEIGHT);
  const { paged, shape } = rows;
  const heard = useRef(onShape);
  useEffect(() => {
    heard.current = onShape;
  });
  const shapeKey = JSON.stringify(shape);
  useEffect(() => heard.current?.(JSON.parse(shapeKey) as GridShape), [shapeKey]);
  // `shape` changes when the count arrives: the first rows are asked for then.
  useEffect(() => paged?.show(window.first, window.last), [paged, shape, window.first, window.last]);
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setView((v) => ({ ...v, height: rowsViewport(element) })));
    observer.observe(element);
    // The header grows when its names wrap; that changes the rows' height as much as a resize.
    const header = element.querySelector('.grid-head');
    if (header) observer.observe(header);
    return () => observer.disconnect();
  }, []);

  const words = { yes: t('grid.yes'), no: t('grid.no') };
  const columns = rows.columns;
  const leading = Boolean(rowLead);

  const goTo = (row: number, extend = false) => {
    cells.moving(extend);
    const target = Math.max(0, Math.min(count - 1, row));
    setActive(target);
    const element = scroller.current;
    if (!element) return;
    const viewport = rowsViewport(element);
    const seen = visibleWindow(element.scrollTop, viewport, count, ROW_HEIGHT, 0);
    // A row above the rows on screen (or cut by the header) goes to the top, one below them to the bottom.
    if (target <= seen.first) element.scrollTop = scrollTopFor(target, viewport, count, ROW_HEIGHT);
    else if (target >= seen.last - 1) {
      const fits = Math.max(1, Math.floor(viewport / ROW_HEIGHT));
      element.scrollTop = scrollTopFor(Math.max(0, target + 1 - fits), viewport, count, ROW_HEIGHT);
    }
  };
  /** The selected cells onto the clipboard as tab-separated text; rows off screen are read for it. */
  const copy = async () => {
    if (!paged || count === 0 || columns.length === 0) return;
    copying.current?.abort();
    const controller = new AbortController();
    copying.current = controller;
    try {
      const block = await copyBlock(paged, cells.block, columns, words, controller.signal);
      await navigator.clipboard.writeText(block.text);
      setCopied(block);
    } catch (error) {
      if (!controller.signal.aborted) setCopied({ failed: message(error) });
    }
  };
  const toColumn = (column: number, extend: boolean) => {
    const target = Math.max(0, Math.min(columns.length - 1, column));
    cells.moving(extend);
    cells.setColumn(target);
    scroller.current
      ?.querySelector(`[data-row="${active}"] [data-column="${target}"]`)
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'c') {
      event.preventDefault();
      void copy();
      return;
    }
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      toColumn(cells.column + (event.key === 'ArrowLeft' ? -1 : 1), event.shiftKey);
      return;
    }
    const screen = Math.max(1, Math.floor(view.height / ROW_HEIGHT) - 1);
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
      goTo(moves[event.key]!, event.shiftKey);
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
        {columns.map((column, c) => {
          const text = row ? cellText(row[column.name] ?? null, column.kind, words) : '';
          const numeric = column.kind === 'integer' || column.kind === 'decimal';
          const { first, last, left, right } = cells.block;
          const selected = index >= first && index <= last && c >= left && c <= right;
          return (
            <div
              key={column.name}
              className={`grid-cell grid-${column.kind}${numeric ? ' grid-number' : ''}${selected ? ' grid-selected' : ''}`}
              role="gridcell"
              aria-selected={selected}
              data-column={c}
              onMouseDown={(event) => {
                // Shift+click extends the block; without this it would also select the page's text.
                if (event.shiftKey) event.preventDefault();
              }}
              onClick={(event) => {
                cells.moving(event.shiftKey);
                cells.setColumn(c);
              }}
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
        aria-rowcount={rows.shape.status === 'ready' ? count + 2 : -1}
        aria-colcount={columns.length + (leading ? 1 : 0)}
        aria-activedescendant={count > 0 ? `${id}-r${active}` : undefined}
        aria-busy={rows.shape.status === 'loading'}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onScroll={(event) => {
          const element = event.currentTarget;
          setView({ scrollTop: element.scrollTop, height: rowsViewport(element) });
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
              release();
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
          <div ref={body} role="rowgroup" className="grid-body" style={{ height: contentHeight(count, ROW_HEIGHT) }}>
            <div className="grid-window" style={{ transform: `translateY(${window.top}px)` }}>
              {drawn}
            </div>
          </div>
        </div>
      </div>
      <CopyNote state={copied} />
    </div>
  );
}
