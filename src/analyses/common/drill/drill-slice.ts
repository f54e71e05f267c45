import { CALLS } from '../../../model';
import { sql, type Fragment } from '../../../sql';

/** The rows behind a figure: a table or view, a predicate over it (the figure's filters plus its slice), a title. */
export interface DrillSlice {
  readonly from: Fragment;
  readonly where: Fragment;
  /** What the list is, in the user's words (e.g. "Answered calls, 2026-03-01 – 2026-03-31"). */
  readonly label: string;
  /** Whether rows are calls with a `customer_id` that can open that customer's calls. */
  readonly callRows: boolean;
}

/** Calls of `canonical.calls` matching a predicate. */
export function callsSlice(where: Fragment, label: string): DrillSlice {
  return { from: CALLS, where, label, callRows: true };
}

/** Every call of one customer (never for anonymous callers: they have no id to match). */
export function customerSlice(customerId: string, label: string): DrillSlice {
  return callsSlice(sql`customer_id = ${customerId}`, label);
}

/** Any table or view (e.g. `canonical.excluded`) under a predicate. */
export function tableSlice(from: Fragment, where: Fragment, label: string): DrillSlice {
  return { from, where, label, callRows: false };
}

export function drillSource(slice: DrillSlice): Fragment {
  return sql`select * from ${slice.from} where ${slice.where}`;
}
