import { QueryCancelledError, type Cell, type Engine } from '../../engine/engine';
import type { Fragment } from '../../sql';
import { kindOf, type GridColumn } from './column-kind';
import { countSql, describeSql, pageSql, type GridQuery } from './grid-sql';

/** The columns of a grid's source, with their kinds. */
export async function describeColumns(engine: Engine, source: Fragment, signal: AbortSignal): Promise<GridColumn[]> {
  const described = await engine.query(describeSql(source), { signal, priority: 'interactive' });
  return described.rows.map((r) => {
    const type = String(r.column_type);
    return { name: String(r.column_name), type, kind: kindOf(type) };
  });
}

export type Row = Readonly<Record<string, Cell>>;

export type GridShape =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'ready'; readonly columns: readonly GridColumn[]; readonly count: number };

export const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * One grid query's rows, a page at a time: only the pages on screen are kept (two at most when a page is taller
 * than the screen). A page no longer wanted is cancelled in the engine, or never started. No React here.
 */
export class PagedQuery {
  shape: GridShape = { status: 'loading' };
  /** Rows held now, and the most ever held at once (for the bench). */
  readonly held = { now: 0, peak: 0 };
  private readonly pages = new Map<number, readonly Row[]>();
  private readonly loading = new Map<number, AbortController>();
  private readonly life = new AbortController();
  private changed: () => void = () => undefined;

  constructor(
    private readonly engine: Engine,
    private readonly query: GridQuery,
    readonly pageSize: number,
    private readonly columns: readonly GridColumn[],
  ) {}

  /** Counts the rows; `onChange` hears every later change. */
  async start(onChange: () => void): Promise<void> {
    this.changed = onChange;
    const signal = this.life.signal;
    const columns = this.columns;
    // The first page needs no count: asked for now, it queues in the engine right behind the count instead of
    // waiting for the count to come back and the grid to draw. A list opened further down lets it go (`show`).
    void this.fetch(0, 1, columns);
    try {
      const counted = await this.engine.query(countSql(this.query, columns), { signal, priority: 'interactive' });
      // A first page that failed already said why; the count does not hide it.
      if (this.shape.status === 'loading') {
        this.shape = { status: 'ready', columns, count: Number(counted.rows[0]?.n ?? 0) };
      }
    } catch (error) {
      if (error instanceof QueryCancelledError) return;
      this.shape = { status: 'failed', message: message(error) };
    }
    this.changed();
  }

  /** Stops everything still running; the object is not used again. */
  dispose(): void {
    this.life.abort();
    for (const controller of this.loading.values()) controller.abort();
    this.loading.clear();
    this.pages.clear();
    this.held.now = 0;
  }

  /** How many rows the first page holds, 0 until it arrives: what the grid can draw while the count runs. */
  firstPageRows(): number {
    return this.pages.get(0)?.length ?? 0;
  }

  rowAt(index: number): Row | undefined {
    return this.pages.get(Math.floor(index / this.pageSize))?.[index % this.pageSize];
  }

  /**
   * `count` rows from `first`: from the pages held when they have them all, else read in one statement with the
   * same order and filters as the pages.
   */
  async rowsFrom(first: number, count: number, signal: AbortSignal): Promise<readonly Row[]> {
    const held: Row[] = [];
    for (let index = first; index < first + count; index++) {
      const row = this.rowAt(index);
      if (!row) break;
      held.push(row);
    }
    if (held.length === count || this.shape.status !== 'ready') return held;
    const statement = pageSql(this.query, this.shape.columns, first, count);
    return (await this.engine.query(statement, { signal, maxRows: count, priority: 'interactive' })).rows;
  }

  /** Says which rows are on screen: their pages are fetched, every other page is let go. */
  show(first: number, last: number): void {
    if (this.shape.status !== 'ready' || last <= first || this.life.signal.aborted) return;
    const wanted = new Set<number>();
    for (let page = Math.floor(first / this.pageSize); page <= Math.floor((last - 1) / this.pageSize); page++) {
      wanted.add(page);
    }
    for (const [page, controller] of this.loading) {
      if (wanted.has(page)) continue;
      // Pages read together stop together: the wanted ones among them are asked for again below.
      controller.abort();
      for (const [other, its] of this.loading) if (its === controller) this.loading.delete(other);
    }
    for (const page of this.pages.keys()) if (!wanted.has(page)) this.pages.delete(page);
    this.count();
    // Adjacent missing pages are read in one statement: a deep sorted page costs a whole sort, and a screen
    // straddling two pages (the middle of a list, mostly) would otherwise pay it twice.
    const missing = [...wanted].filter((page) => !this.pages.has(page) && !this.loading.has(page));
    for (let i = 0; i < missing.length;) {
      let end = i + 1;
      while (end < missing.length && missing[end] === missing[end - 1]! + 1) end++;
      void this.fetch(missing[i]!, end - i, this.shape.columns);
      i = end;
    }
  }

  /** Reads `pages` pages from `first` in one statement. */
  private async fetch(first: number, pages: number, columns: readonly GridColumn[]): Promise<void> {
    const controller = new AbortController();
    for (let page = first; page < first + pages; page++) this.loading.set(page, controller);
    const size = this.pageSize;
    const statement = pageSql(this.query, columns, first * size, pages * size);
    try {
      const result = await this.engine.query(statement, {
        signal: controller.signal,
        maxRows: pages * size,
        priority: 'interactive',
      });
      if (controller.signal.aborted) return;
      for (let i = 0; i < pages; i++) this.pages.set(first + i, result.rows.slice(i * size, (i + 1) * size));
    } catch (error) {
      if (error instanceof QueryCancelledError || controller.signal.aborted) return;
      this.shape = { status: 'failed', message: message(error) };
    } finally {
      for (let page = first; page < first + pages; page++) {
        if (this.loading.get(page) === controller) this.loading.delete(page);
      }
    }
    this.count();
    this.changed();
  }

  private count(): void {
    let now = 0;
    for (const rows of this.pages.values()) now += rows.length;
    this.held.now = now;
    this.held.peak = Math.max(this.held.peak, now);
  }
}
