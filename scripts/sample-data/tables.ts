/**
 * Renders the neutral model into the four CSV tables of one language. Both
 * languages get the same rows in the same order; only headers and labels differ.
 */
import type { Call } from './calls';
import { formatCents, toCsv } from './csv';
import type { Customer } from './customers';
import type { MonthlyRow } from './finance';
import {
  FILE_NAMES,
  HEADERS,
  type Lang,
  OUTCOME,
  SEGMENTS,
  STATUS,
  YES_NO,
} from './labels';
import { BUSINESS_LINES, CATEGORIES, CHANNELS, REASONS, reasonAt, reasonIndex } from './taxonomy';
import { MONTHS, formatDate, formatTimestamp } from './time';

export interface SampleModel {
  customers: readonly Customer[];
  calls: readonly Call[];
  monthly: readonly MonthlyRow[];
  /** Story 4's customer ids. */
  basicShift: readonly string[];
}

/** en: LF line ends (a Unix tool's export); zh: CRLF (a Windows vendor export). */
export const EOL: Record<Lang, string> = { en: '\n', zh: '\r\n' };

function callRows(model: SampleModel, lang: Lang): string[][] {
  return model.calls.map((call, i) => [
    `CL${String(i + 1).padStart(6, '0')}`,
    model.customers[call.customer]?.id ?? '',
    formatTimestamp(call.start),
    BUSINESS_LINES[call.line]?.[lang] ?? '',
    CHANNELS[call.channel]?.[lang] ?? '',
    String(call.queueSeconds),
    String(call.handleSeconds),
    (call.answered ? OUTCOME.answered : OUTCOME.abandoned)[lang],
    reasonAt(call.reason).code,
    call.resolved === null ? '' : (call.resolved ? YES_NO.yes : YES_NO.no)[lang],
    call.csat === null ? '' : String(call.csat),
    call.agent ?? '',
    call.note?.[lang] ?? '',
  ]);
}

/** Six-month totals per customer, summed from the monthly rows (so they match to the cent). */
export function customerTotals(model: SampleModel): { revenue: number[]; cost: number[] } {
  const revenue = model.customers.map(() => 0);
  const cost = model.customers.map(() => 0);
  for (const row of model.monthly) {
    revenue[row.customer] = (revenue[row.customer] ?? 0) + row.revenueCents;
    cost[row.customer] = (cost[row.customer] ?? 0) + row.costCents;
  }
  return { revenue, cost };
}

function customerRows(model: SampleModel, lang: Lang): string[][] {
  const totals = customerTotals(model);
  return model.customers.map((c) => [
    c.id,
    c.name[lang],
    SEGMENTS[c.segment]?.[lang] ?? '',
    formatDate(c.joinedDay),
    formatCents(totals.revenue[c.index] ?? 0),
    formatCents(totals.cost[c.index] ?? 0),
    formatCents(c.arrearsCents),
    String(c.overdueDays),
    String(c.latePayments),
  ]);
}

function monthlyRows(model: SampleModel): string[][] {
  return model.monthly.map((row) => [
    model.customers[row.customer]?.id ?? '',
    MONTHS[row.month] ?? '',
    formatCents(row.revenueCents),
    formatCents(row.costCents),
  ]);
}

/** A merged code maps to its target's reason and category; merged_into names the target. */
function mappingRows(lang: Lang): string[][] {
  return REASONS.map((r) => {
    const target = r.mergedInto === undefined ? r : reasonAt(reasonIndex(r.mergedInto));
    return [
      r.code,
      target.label[lang],
      CATEGORIES[target.category]?.[lang] ?? '',
      STATUS[r.status][lang],
      r.mergedInto ?? '',
      r.validFrom,
      r.validTo ?? '',
    ];
  });
}

/** File path (relative to sample-data/) → CSV text, for one language. */
export function renderTables(model: SampleModel, lang: Lang): Map<string, string> {
  const names = FILE_NAMES[lang];
  const headers = HEADERS[lang];
  const eol = EOL[lang];
  return new Map([
    [names.calls, toCsv(headers.calls, callRows(model, lang), eol)],
    [names.customers, toCsv(headers.customers, customerRows(model, lang), eol)],
    [names.customerMonthly, toCsv(headers.customerMonthly, monthlyRows(model), eol)],
    [names.reasonMapping, toCsv(headers.reasonMapping, mappingRows(lang), eol)],
  ]);
}
