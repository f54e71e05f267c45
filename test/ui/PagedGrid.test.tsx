// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine';
import { NodeEngine } from '../../src/engine/node-engine';
import { ident, sql } from '../../src/sql';
import { PagedGrid } from '../../src/ui/grid/PagedGrid';

const PAYLOAD = '<img src=x onerror="window.hacked=1">';
const COLUMN = '<b onmouseover=alert(1)>列</b>';

let engine: Engine;
beforeAll(async () => {
  // jsdom has no ResizeObserver; the grid only needs to be told nothing changes.
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  engine = await NodeEngine.open();
  await engine.query(sql`create table xss as select range::integer as n, ${PAYLOAD} as ${ident(COLUMN)} from range(3)`);
});
afterEach(cleanup);
afterAll(async () => {
  await engine.close();
});

describe('PagedGrid', () => {
  it('shows markup in values and column names as text, never as elements', async () => {
    const { container } = render(
      <PagedGrid engine={engine} source={sql`select * from xss`} label="rows" testId="grid" countFigure="t.rows" />,
    );
    await waitFor(() => expect(container.querySelector('[data-row="2"]')?.textContent).toContain(PAYLOAD), {
      timeout: 10_000,
    });
    // 3 rows: range(3).
    expect(container.querySelector('[data-figure="t.rows"]')?.getAttribute('data-value')).toBe('3');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByRole('button', { name: new RegExp(COLUMN.slice(0, 6)) }).textContent).toContain(COLUMN);
    expect((globalThis as { hacked?: number }).hacked).toBeUndefined();
  });

  it('keeps a scroll made right after opening: only typing a filter sends the list back to its start', async () => {
    const { container } = render(<PagedGrid engine={engine} source={sql`select * from xss`} label="rows" />);
    const scroller = container.querySelector<HTMLElement>('.grid-scroll')!;
    // At once, before the filter delay (250 ms) runs out, as a quick user or the bench does.
    scroller.scrollTop = 40;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(scroller.scrollTop).toBe(40);
    fireEvent.change(container.querySelector('.grid-filters input')!, { target: { value: '1' } });
    await waitFor(() => expect(scroller.scrollTop).toBe(0));
  });

  it('sorts when a header is clicked and marks the sort for assistive technology', async () => {
    const { container } = render(<PagedGrid engine={engine} source={sql`select * from xss`} label="rows" />);
    await waitFor(() => expect(container.querySelector('[data-row="0"]')?.textContent).toContain('0'), {
      timeout: 10_000,
    });
    const header = screen.getByRole('button', { name: /^n/ });
    fireEvent.click(header);
    fireEvent.click(header);
    await waitFor(() =>
      expect(screen.getAllByRole('columnheader').find((h) => h.textContent?.startsWith('n'))).toHaveProperty(
        'ariaSort',
        'descending',
      ),
    );
    // Descending n of 0, 1, 2: the first row holds 2.
    await waitFor(() => expect(container.querySelector('[data-row="0"] [role="gridcell"]')?.textContent).toBe('2'));
  });
});
