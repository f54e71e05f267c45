/**
 * Monthly revenue and service cost per customer (cents). Cost follows the
 * customer's contacts: handle minutes × 2.50 yuan + contacts × 3.00 yuan, with
 * ±8% noise. The seed-002 pair has fixed six-month totals split over months.
 */
import type { Call } from './calls';
import type { Customer } from './customers';
import { Rng } from './prng';
import { SEED } from './stories';
import { MONTHS, dayInfo, daysInMonthFrom, monthOfSeconds } from './time';

export interface MonthlyRow {
  customer: number;
  month: number;
  revenueCents: number;
  costCents: number;
}

export const COST_PER_HANDLE_MINUTE_CENTS = 250;
export const COST_PER_CONTACT_CENTS = 300;

/** Splits a total into parts proportional to weights, exact to the cent. */
function split(rng: Rng, totalCents: number, parts: number): number[] {
  const weights = Array.from({ length: parts }, () => rng.range(0.85, 1.15));
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.floor((totalCents * w) / sum));
  const rest = totalCents - out.reduce((a, b) => a + b, 0);
  out[parts - 1] = (out[parts - 1] ?? 0) + rest;
  return out;
}

export function monthlyFinance(customers: readonly Customer[], calls: readonly Call[]): MonthlyRow[] {
  const rng = Rng.derive(SEED, 'finance');
  const handle = new Map<string, number>();
  const contacts = new Map<string, number>();
  for (const call of calls) {
    const key = `${call.customer}/${monthOfSeconds(call.start)}`;
    handle.set(key, (handle.get(key) ?? 0) + call.handleSeconds);
    contacts.set(key, (contacts.get(key) ?? 0) + 1);
  }
  const rows: MonthlyRow[] = [];
  for (const c of customers) {
    const firstMonth = c.joinedDay < 0 ? 0 : dayInfo(c.joinedDay).month;
    const months = MONTHS.length - firstMonth;
    const fixedRevenue = c.fixed === undefined ? null : split(rng, c.fixed.revenueCents, months);
    const fixedCost = c.fixed === undefined ? null : split(rng, c.fixed.costCents, months);
    for (let m = firstMonth; m < MONTHS.length; m++) {
      const key = `${c.index}/${m}`;
      const active = daysInMonthFrom(m, c.joinedDay) / daysInMonthFrom(m, -1);
      const revenue = c.monthlyRevenueCents * active * Math.max(0, rng.normal(1, 0.06));
      const workedCost =
        ((handle.get(key) ?? 0) / 60) * COST_PER_HANDLE_MINUTE_CENTS +
        (contacts.get(key) ?? 0) * COST_PER_CONTACT_CENTS;
      const cost = workedCost * Math.max(0, rng.normal(1, 0.08));
      rows.push({
        customer: c.index,
        month: m,
        revenueCents: fixedRevenue?.[m - firstMonth] ?? Math.round(revenue),
        costCents: fixedCost?.[m - firstMonth] ?? Math.round(cost),
      });
    }
  }
  return rows;
}
