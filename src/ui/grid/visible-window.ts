/**
 * Browsers cap an element's height (Chromium near 33.5M px), and 10M rows of 32 px are 320M px. Above this height
 * the scroll bar is scaled: a pixel of scrolling moves more than a pixel of rows.
 */
export const MAX_SCROLL_PX = 8_000_000;

export interface VisibleWindow {
  /** First and one-past-last row to draw. */
  readonly first: number;
  readonly last: number;
  /** Where the first drawn row goes, in the scrolled content's pixels. */
  readonly top: number;
}

export function contentHeight(count: number, rowHeight: number): number {
  return Math.min(count * rowHeight, MAX_SCROLL_PX);
}

/** Where a scroll offset is in the rows' own (unscaled) pixels. */
function rowPosition(scrollTop: number, viewport: number, count: number, rowHeight: number): number {
  const full = count * rowHeight;
  const scrollable = contentHeight(count, rowHeight) - viewport;
  if (scrollable <= 0) return 0;
  return (Math.min(scrollTop, scrollable) / scrollable) * Math.max(0, full - viewport);
}

export function visibleWindow(
  scrollTop: number,
  viewport: number,
  count: number,
  rowHeight: number,
  overscan = 4,
): VisibleWindow {
  const position = rowPosition(scrollTop, viewport, count, rowHeight);
  const first = Math.max(0, Math.floor(position / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((position + viewport) / rowHeight) + overscan);
  return { first, last, top: scrollTop + first * rowHeight - position };
}

/** The scroll offset that shows `row` at the top (or as near as the end allows). */
export function scrollTopFor(row: number, viewport: number, count: number, rowHeight: number): number {
  const full = Math.max(0, count * rowHeight - viewport);
  const scrollable = contentHeight(count, rowHeight) - viewport;
  if (full <= 0 || scrollable <= 0) return 0;
  return (Math.min(row * rowHeight, full) / full) * scrollable;
}
