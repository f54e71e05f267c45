import { useCallback, useState } from 'react';
import { blockBetween, type CellSpot } from './tsv';

/**
 * The grid's selected cells: the active row's focused column, stretched to an anchor cell while Shift is held.
 * Call `moving` before the active cell moves: with Shift it keeps (or sets) the anchor, without it lets it go.
 */
export function useCellBlock(active: number) {
  const [column, setColumn] = useState(0);
  const [anchor, setAnchor] = useState<CellSpot | null>(null);
  const focus = { row: active, column };
  const block = blockBetween(anchor ?? focus, focus);
  const moving = (extend: boolean) => setAnchor(extend ? (anchor ?? focus) : null);
  /** Back to one cell (a new sort or filter). */
  const release = useCallback(() => setAnchor(null), []);
  return { block, column, setColumn, moving, release };
}
