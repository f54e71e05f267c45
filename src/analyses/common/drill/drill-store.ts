import { create } from 'zustand';
import type { DrillSlice } from './drill-slice';

interface DrillState {
  /** The lists opened, the one shown last; empty when closed. */
  readonly stack: readonly DrillSlice[];
  open: (slice: DrillSlice) => void;
  /** Opens a list from inside the shown one (Back returns). */
  push: (slice: DrillSlice) => void;
  back: () => void;
  close: () => void;
}

export const useDrillStore = create<DrillState>((set) => ({
  stack: [],
  open: (slice) => set({ stack: [slice] }),
  push: (slice) => set((s) => ({ stack: [...s.stack, slice] })),
  back: () => set((s) => ({ stack: s.stack.slice(0, -1) })),
  close: () => set({ stack: [] }),
}));

/** Opens the list of rows behind a figure. */
export function openDrill(slice: DrillSlice): void {
  useDrillStore.getState().open(slice);
}
