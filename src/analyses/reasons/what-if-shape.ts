import type { ReasonRow } from './matrix-shape';

/** Average days in a month: the FTE figure is per month of hours. */
export const DAYS_PER_MONTH = 365.25 / 12;

export interface WhatIf {
  /** Repeat contacts avoided over the period shown. */
  readonly contacts: number;
  readonly handleHours: number;
  /** Null when no cost rate is set. */
  readonly cost: number | null;
  /** Agents' monthly hours freed, as full-time equivalents at `hoursPerFte` a month. */
  readonly fte: number;
}

/**
 * "Cut the repeats of a reason by x%": the reason's repeat contacts (calls followed by a contact about the same reason
 * within the repeat window) × x; each avoided contact saves the reason's average handle time and cost per offered
 * contact (abandoned repeats save no handle time). FTE = handle hours per month ÷ hours per FTE a month.
 */
export function whatIf(row: ReasonRow, cut: number, hoursPerFte: number, days: number): WhatIf {
  const offered = row.values.offered ?? 0;
  const contacts = row.repeats * cut;
  const handlePerContact = offered > 0 ? row.handleSeconds / offered : 0;
  const handleHours = (contacts * handlePerContact) / 3600;
  const cost = row.values.cost;
  const months = days / DAYS_PER_MONTH;
  return {
    contacts,
    handleHours,
    cost: cost === null || offered === 0 ? null : (contacts * cost) / offered,
    fte: months > 0 && hoursPerFte > 0 ? handleHours / months / hoursPerFte : 0,
  };
}
