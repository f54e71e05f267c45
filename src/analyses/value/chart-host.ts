import type { ReactNode } from 'react';

/** The app hands in its chart host (analyses sit below `src/ui` in the import order). */
export type RenderChart = (
  option: object,
  label: string,
  onClick?: (params: { name: string; value: unknown; dataIndex: number }) => void,
) => ReactNode;
