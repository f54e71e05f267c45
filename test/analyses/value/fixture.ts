import type { Engine } from '../../../src/engine/engine';
import { buildCanonicalViews, DEFAULT_SETTINGS, type KpiSettings, type Mapping } from '../../../src/model';
import { loadCsvText } from '../../model/load';

/**
 * Five customers. Seed 002's pair is C1 (A: 200 on 100 → ratio 1) and C2 (B: 100 on 20 → ratio 4).
 * Net: C1 100, C2 80, C3 20, C4 −40, C5 40 (C5 costs 0: the "no service cost" group).
 */
export const CUSTOMERS_CSV = `id,name,segment,joined,revenue,cost,arrears,overdue,late
C1,Alpha Ltd,Enterprise,2015-01-01,200,100,0,0,0
C2,Beta Wang,Consumer,2020-01-01,100,20,0,0,2
C3,Gamma Li,Consumer,2019-01-01,30,10,50,60,1
C4,Delta Zhao,Consumer,2018-06-01,10,50,300,200,4
C5,Epsilon Chen,Consumer,2026-07-01,40,0,0,0,0`;

/** Calls (the last on 2026-08-20 ends the data); one anonymous caller, never a customer. */
export const CALLS_CSV = `id,cust,ts,outcome,wait,handle,reason,resolved,csat
1,C1,2026-01-05 09:00:00,ANSWERED,10,120,Complaint,Y,5
2,C1,2026-03-01 09:00:00,ANSWERED,10,60,Complaint,Y,
3,C2,2026-01-10 09:00:00,ABANDONED,30,0,Billing,,
4,C2,2026-05-01 09:00:00,ANSWERED,10,300,Billing,Y,4
5,C3,2026-01-15 09:00:00,ANSWERED,10,240,Billing,N,
6,C3,2026-08-20 09:00:00,ANSWERED,10,60,Billing,Y,
7,C4,2026-02-01 09:00:00,ANSWERED,10,600,Complaint,Y,1
8,C4,2026-02-10 09:00:00,ANSWERED,10,300,Complaint,Y,
9,C4,2026-02-20 09:00:00,ANSWERED,10,120,Suggestion,Y,
10,C4,2026-03-01 09:00:00,ANSWERED,10,180,Billing,Y,
11,,2026-01-20 09:00:00,ANSWERED,10,600,Complaint,Y,`;

/** Monthly revenue and cost; the data's last three periods are 2026-04 … 2026-06. */
export const PERIODS_CSV = `cust,month,revenue,cost
C1,2026-04,50,10
C1,2026-05,50,10
C1,2026-06,100,80
C2,2026-04,60,5
C2,2026-05,20,30
C2,2026-06,20,25
C3,2026-03,10,5
C3,2026-04,5,10
C3,2026-05,10,0
C3,2026-06,5,4
C4,2026-03,10,5
C5,2026-06,40,0`;

export interface FixtureOptions {
  readonly customers?: boolean;
  readonly serviceCost?: boolean;
  readonly periods?: boolean;
  readonly settings?: Partial<KpiSettings>;
  /** Column and table names to load under (hostile ones in the hostile-names test). */
  readonly names?: (name: string) => string;
}

const same = (name: string) => name;

function renameHeader(csv: string, names: (n: string) => string): string {
  const [header, ...rows] = csv.split('\n');
  const quoted = header!.split(',').map((h) => `"${names(h).replaceAll('"', '""')}"`);
  return [quoted.join(','), ...rows].join('\n');
}

/** Loads the fixture's tables and builds the canonical views with an explicit mapping. */
export async function loadValueFixture(engine: Engine, options: FixtureOptions = {}): Promise<Mapping> {
  const n = options.names ?? same;
  const calls = await loadCsvText(engine, n('v_calls'), renameHeader(CALLS_CSV, n));
  const tables = [calls];
  let mapping: Mapping = {
    calls: {
      table: calls.table,
      columns: {
        call_id: n('id'),
        customer_id: n('cust'),
        started_at: n('ts'),
        answered: n('outcome'),
        wait_s: n('wait'),
        handle_s: n('handle'),
        reason: n('reason'),
        resolved: n('resolved'),
        satisfaction: n('csat'),
      },
      answeredValues: ['ANSWERED'],
      durationUnit: 'seconds',
    },
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
  };
  if (options.customers !== false) {
    const customers = await loadCsvText(engine, n('v_customers'), renameHeader(CUSTOMERS_CSV, n));
    tables.push(customers);
    const columns = {
      customer_id: n('id'),
      customer_name: n('name'),
      segment: n('segment'),
      joined_at: n('joined'),
      revenue: n('revenue'),
      arrears: n('arrears'),
      overdue_days: n('overdue'),
      late_payments: n('late'),
      ...(options.serviceCost === false ? {} : { service_cost: n('cost') }),
    };
    mapping = { ...mapping, customers: { table: customers.table, columns } };
  }
  if (options.periods !== false) {
    const periods = await loadCsvText(engine, n('v_periods'), renameHeader(PERIODS_CSV, n));
    tables.push(periods);
    mapping = {
      ...mapping,
      periods: {
        table: periods.table,
        columns: { customer_id: n('cust'), period: n('month'), revenue: n('revenue'), service_cost: n('cost') },
      },
    };
  }
  await buildCanonicalViews(engine, mapping, tables);
  return mapping;
}
