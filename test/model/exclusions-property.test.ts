import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine';
import {
  buildCanonicalViews,
  DEFAULT_SETTINGS,
  EXCLUSION_REASONS,
  tableTypes,
  validateCalls,
  type Mapping,
} from '../../src/model';
import { openTestEngine } from '../engine/open-engine';
import { loadCsvText } from './load';
import { raw } from '../../src/sql';

let engine: Engine;
beforeAll(async () => {
  engine = await openTestEngine();
});
afterAll(async () => {
  await engine.close();
});

const row = fc.record({
  id: fc.constantFrom('1', '2', '3', '', 'x"y'),
  customer: fc.constantFrom('c1', 'c2', '0', '', '匿名'),
  time: fc.constantFrom('2026-03-01 09:00:00', '2026-03-02 10:30:00', '2026-03-09 23:59:59', 'not a time', ''),
  outcome: fc.constantFrom('A', 'H', 'P', '', 'T'),
  wait: fc.constantFrom('5', '-3', '', '40'),
});

const csvValue = (v: string) => (/[",]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

describe('exclusions', () => {
  it('account for every loaded row: counted calls plus the rows left out for each reason equal the rows loaded', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 30 }),
        fc.array(fc.nat(29), { maxLength: 6 }),
        fc.subarray(['H', 'P', 'T']),
        fc.subarray(['0', '匿名']),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        async (rows, repeatAt, notOffered, anonymous, keepDuplicateRows, withId, sliced) => {
          // Whole rows repeated, as overlapping exports repeat them.
          const all = [...rows, ...repeatAt.filter((i) => i < rows.length).map((i) => rows[i]!)];
          const lines = all.map((r) => [r.id, r.customer, r.time, r.outcome, r.wait].map(csvValue).join(','));
          const table = await loadCsvText(engine, `prop_${run++}`, `id,cust,ts,outcome,wait\n${lines.join('\n')}\n`);
          const mapping: Mapping = {
            calls: {
              table: table.table,
              columns: {
                ...(withId ? { call_id: 'id' } : {}),
                customer_id: 'cust',
                started_at: 'ts',
                answered: 'outcome',
                wait_s: 'wait',
              },
              answeredValues: ['A'],
              notOfferedValues: notOffered,
              anonymousCustomerIds: anonymous,
              keepDuplicateRows,
              durationUnit: 'seconds',
            },
            settings: DEFAULT_SETTINGS,
          };
          const preview = await validateCalls(engine, mapping, tableTypes([table]));
          // Sliced: the build a large table gets (rowid pieces of about 4 rows, then customer slices).
          const options = sliced ? { copyAtOnceMaxRows: 5, bucketRows: 4 } : undefined;
          const report = await buildCanonicalViews(engine, mapping, [table], options);
          const left = EXCLUSION_REASONS.reduce((sum, r) => sum + report.exclusions[r], 0);
          expect(report.total).toBe(all.length);
          expect(report.counted + left).toBe(all.length);
          expect(preview.exclusions).toEqual(report.exclusions);
          const counts = await engine.query(
            raw(
              'select (select count(*) from canonical.calls) as calls, (select count(*) from canonical.excluded) as excluded',
            ),
          );
          expect(counts.rows[0]).toEqual({ calls: report.counted, excluded: left });
        },
      ),
      { numRuns: 15 },
    );
  });
});
