import { createContext } from 'react';
import type { Fragment } from '../../sql';

/** The calls behind a figure or finding: a predicate over `canonical.calls` (alias-free) and what to call it. */
export interface DrillSlice {
  readonly where: Fragment;
  readonly label: string;
}

/** Where the panel's "show calls" and "profile" controls lead; the shell wires them (drill-through, value profile). */
export interface VarianceLinks {
  readonly onDrill?: (slice: DrillSlice) => void;
  readonly onCustomer?: (customerId: string) => void;
}

export const LinksContext = createContext<VarianceLinks>({});
