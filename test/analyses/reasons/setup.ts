import type { Engine } from '../../../src/engine/engine';
import { buildCanonicalViews, DEFAULT_SETTINGS, type Mapping, type SourceTable } from '../../../src/model';
import { loadCsvText } from '../../model/load';

export const CALLS_HEADER = 'id,cust,ts,outcome,wait,handle,reason,resolved,csat,notes';
export const MAPPING_HEADER = 'raw_code,reason,category,status,merged_into,valid_from,valid_to';
export const CUSTOMERS_HEADER = 'cust,segment,arrears,overdue,late';

/** Loads calls (and optionally a reason mapping and customers) with the fixture's headers and builds the views. */
export async function loadReasonFixture(
  engine: Engine,
  calls: string,
  mapping?: string,
  customers?: string,
  names: { calls?: string; mapping?: string; customers?: string } = {},
): Promise<Mapping> {
  const tables: SourceTable[] = [];
  const callTable = await loadCsvText(engine, names.calls ?? 'fx_calls', `${CALLS_HEADER}\n${calls}`);
  tables.push(callTable);
  const m: { -readonly [K in keyof Mapping]: Mapping[K] } = {
    calls: {
      table: callTable.table,
      columns: {
        call_id: 'id',
        customer_id: 'cust',
        started_at: 'ts',
        answered: 'outcome',
        wait_s: 'wait',
        handle_s: 'handle',
        reason: 'reason',
        resolved: 'resolved',
        satisfaction: 'csat',
        notes: 'notes',
      },
      answeredValues: ['ANSWERED'],
      durationUnit: 'seconds',
    },
    settings: DEFAULT_SETTINGS,
  };
  if (mapping) {
    const t = await loadCsvText(engine, names.mapping ?? 'fx_mapping', `${MAPPING_HEADER}\n${mapping}`);
    tables.push(t);
    m.reasons = {
      table: t.table,
      columns: {
        raw_code: 'raw_code',
        reason: 'reason',
        category: 'category',
        status: 'status',
        merged_into: 'merged_into',
        valid_from: 'valid_from',
        valid_to: 'valid_to',
      },
    };
  }
  if (customers) {
    const t = await loadCsvText(engine, names.customers ?? 'fx_customers', `${CUSTOMERS_HEADER}\n${customers}`);
    tables.push(t);
    m.customers = {
      table: t.table,
      columns: {
        customer_id: 'cust',
        segment: 'segment',
        arrears: 'arrears',
        overdue_days: 'overdue',
        late_payments: 'late',
      },
    };
  }
  await buildCanonicalViews(engine, m as Mapping, tables);
  return m as Mapping;
}
