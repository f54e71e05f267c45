import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/engine/engine';
import { NO_FILTERS, type Mapping } from '../../../src/model';
import { ident, join, sql } from '../../../src/sql';
import { concentrationSql } from '../../../src/analyses/value/distribution-sql';
import { readConcentration, readCurve, readWhale } from '../../../src/analyses/value/read-distribution';
import { DEFAULT_VALUE_SETTINGS, valueSpec } from '../../../src/analyses/value/value-spec';
import { whaleSql } from '../../../src/analyses/value/whale-sql';
import { openTestEngine } from '../../engine/open-engine';
import { loadValueFixture } from './fixture';

let engine: Engine;
let mapping: Mapping;
beforeAll(async () => {
  engine = await openTestEngine();
  mapping = await loadValueFixture(engine, { periods: false });
});
afterAll(async () => {
  await engine.close();
});

const customer = fc.record({
  revenue: fc.integer({ min: 0, max: 100_000 }),
  cost: fc.integer({ min: 0, max: 50_000 }),
});
const customers = fc.array(customer, { minLength: 1, maxLength: 60 });

/** Replaces the loaded customer file's rows; the canonical view reads it as it is. */
async function setCustomers(list: readonly { revenue: number; cost: number }[]) {
  const table = ident(mapping.customers!.table);
  await engine.query(sql`delete from ${table}`);
  const rows = list.map(
    (c, i) => sql`(${`K${i}`}, ${`n${i}`}, 'Consumer', '2020-01-01', ${c.revenue}, ${c.cost}, 0, 0, 0)`,
  );
  await engine.query(sql`insert into ${table} values ${join(rows, ', ')}`);
}

const spec = () => valueSpec(mapping, NO_FILTERS, DEFAULT_VALUE_SETTINGS);
const RUNS = { numRuns: 25 };

describe('properties of the concentration and whale figures', () => {
  it('the Lorenz curve of a non-negative measure is monotone and convex, and Gini lies in [0, 1)', async () => {
    await fc.assert(
      fc.asyncProperty(customers, async (list) => {
        await setCustomers(list);
        const total = list.reduce((s, c) => s + c.revenue, 0);
        const result = await engine.query(concentrationSql(spec(), 'revenue', 1000));
        const curve = readCurve(result, 'value');
        const c = readConcentration(result);
        if (total === 0) {
          expect(c.gini).toBeNull();
          return;
        }
        expect(curve.at(-1)).toEqual([1, 1]);
        for (let i = 1; i < curve.length; i++) {
          const [x0, y0] = curve[i - 1]!;
          const [x1, y1] = curve[i]!;
          expect(x1).toBeGreaterThan(x0);
          expect(y1).toBeGreaterThanOrEqual(y0 - 1e-12);
          if (i >= 2) {
            const [xp, yp] = curve[i - 2]!;
            // Convex: each segment at least as steep as the one before.
            expect((y1 - y0) / (x1 - x0)).toBeGreaterThanOrEqual((y0 - yp) / (x0 - xp) - 1e-9);
          }
        }
        expect(c.gini!).toBeGreaterThanOrEqual(-1e-12);
        expect(c.gini!).toBeLessThan(1);
      }),
      RUNS,
    );
  });

  it('the whale curve ends at the total profit and its peak is at least the total', async () => {
    await fc.assert(
      fc.asyncProperty(customers, async (list) => {
        await setCustomers(list);
        const total = list.reduce((s, c) => s + c.revenue - c.cost, 0);
        const points = await engine.query(whaleSql(spec()));
        const last = points.rows.at(-1)!;
        expect(last.customers).toBe(1);
        expect(last.cum as number).toBeCloseTo(total, 6);
        const w = readWhale(points);
        expect(w.total!).toBeCloseTo(total, 6);
        expect(w.peak!).toBeGreaterThanOrEqual(total - 1e-6);
        expect(w.lossCount).toBe(list.filter((c) => c.revenue < c.cost).length);
      }),
      RUNS,
    );
  });
});
