import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine';
import { DEFAULT_SETTINGS, tableTypes, validateCalls, type Mapping } from '../../src/model';
import { openTestEngine } from '../engine/open-engine';
import { loadCsvText } from './load';

let engine: Engine;
beforeAll(async () => {
  engine = await openTestEngine();
});
afterAll(async () => {
  await engine.close();
});

describe('validation', () => {
  it('counts calls from customers missing from the customer table and calls with no outcome', async () => {
    const calls = await loadCsvText(
      engine,
      'v_calls',
      'ts,outcome,cust\n2026-03-01 09:00:00,A,c1\n2026-03-01 10:00:00,,c2\n2026-03-01 11:00:00,H,c9\n2026-03-01 12:00:00,A,c9\n',
    );
    const customers = await loadCsvText(engine, 'v_customers', 'id,segment\nc1,Gold\nc2,Silver\n');
    const mapping: Mapping = {
      calls: {
        table: 'v_calls',
        columns: { started_at: 'ts', answered: 'outcome', customer_id: 'cust' },
        answeredValues: ['A'],
        durationUnit: 'seconds',
      },
      customers: { table: 'v_customers', columns: { customer_id: 'id', segment: 'segment' } },
      settings: DEFAULT_SETTINGS,
    };
    const report = await validateCalls(engine, mapping, tableTypes([calls, customers]));
    // Row 2 has an empty outcome (left out); rows 3 and 4 come from c9, who is not a customer.
    // 4 rows = 3 counted + 1 left out (unknown outcome).
    expect(report).toEqual({
      total: 4,
      counted: 3,
      excluded: 1,
      exclusions: { duplicate: 0, unreadable_time: 0, unknown_outcome: 1, not_offered: 0 },
      issues: [
        { kind: 'unknown_outcome', count: 1, examples: [] },
        { kind: 'unknown_customer', count: 2, examples: ['c9'] },
      ],
    });
  });
});
