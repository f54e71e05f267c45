import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emergingSql } from '../../../src/analyses/reasons/emerging-sql';
import { heatmapSql } from '../../../src/analyses/reasons/heatmap-sql';
import { reasonHoursTable } from '../../../src/analyses/reasons/hours-cache';
import { matrixSql } from '../../../src/analyses/reasons/matrix-sql';
import { spikeSql } from '../../../src/analyses/reasons/spike-sql';
import { trendSql } from '../../../src/analyses/reasons/trend-sql';
import { compareWindows } from '../../../src/analyses/reasons/window-sql';
import type { Engine } from '../../../src/engine/engine';
import { DEFAULT_DEFINITIONS } from '../../../src/metrics';
import { buildCanonicalViews, detectMapping, NO_FILTERS, type Filters, type SourceTable } from '../../../src/model';
import { ident, sql, type Fragment } from '../../../src/sql';
import { openTestEngine } from '../../engine/open-engine';
import { loadCsvFile } from '../../model/load';
import { loadReasonFixture } from './setup';

const d = DEFAULT_DEFINITIONS;
let engine: Engine;
beforeAll(async () => {
  engine = await openTestEngine();
});
afterAll(async () => {
  await engine.close();
});

const rowsOf = async (statement: Fragment) => (await engine.query(statement)).rows;

describe('the hourly reason counts shared by the time-based queries', () => {
  it('count each offered call once, in its clock hour', async () => {
    // Calls 1 and 2 in hour 09 of 03-02, call 3 in hour 10; call 4 abandoned after 2 s (not offered with a 5 s
    // short-abandon setting); call 5 on 03-03 hour 09, answered. → 03-02 09:00 Bill: 2 calls, 1 answered;
    // 03-02 10:00 Bill: 1, 1; 03-03 09:00 Slow: 1, 1.
    const calls = [
      '1,c1,2026-03-02 09:05:00,ANSWERED,10,100,B1,Y,,',
      '2,c2,2026-03-02 09:59:59,ABANDONED,40,0,B1,,,',
      '3,c1,2026-03-02 10:00:00,ANSWERED,10,100,B1,Y,,',
      '4,c3,2026-03-02 10:30:00,ABANDONED,2,0,B1,,,',
      '5,c2,2026-03-03 09:00:00,ANSWERED,10,100,S1,Y,,',
    ].join('\n');
    await loadReasonFixture(engine, calls, 'B1,Bill,Billing,,,,\nS1,Slow,Network,,,,');
    const definitions = { ...d, shortAbandonSeconds: 5 };
    const table = await reasonHoursTable(engine, NO_FILTERS, definitions, 0);
    const rows = await rowsOf(sql`select strftime(started_at, '%m-%d %H:%M') as hour_at, reason, cast(n as double) as n,
      cast(answered_n as double) as a from ${ident(table)} order by hour_at, reason`);
    expect(rows).toEqual([
      { hour_at: '03-02 09:00', reason: 'Bill', n: 2, a: 1 },
      { hour_at: '03-02 10:00', reason: 'Bill', n: 1, a: 1 },
      { hour_at: '03-03 09:00', reason: 'Slow', n: 1, a: 1 },
    ]);
    // Asking again for the same filters gives the same table, not a second one.
    expect(await reasonHoursTable(engine, NO_FILTERS, definitions, 0)).toBe(table);
  });
});

describe('the sample data read from the hourly table or computed in place', () => {
  beforeAll(async () => {
    const tables: SourceTable[] = [];
    const root = join(import.meta.dirname, '../../../sample-data/en');
    for (const f of ['calls', 'customers', 'customer_monthly', 'reason_mapping'])
      tables.push(await loadCsvFile(engine, join(root, `${f}.csv`), false));
    const { mapping } = await detectMapping(engine, tables);
    await buildCanonicalViews(engine, mapping, tables);
  });

  const FILTERS: Filters[] = [NO_FILTERS, { ...NO_FILTERS, dateFrom: '2026-02-01', dateTo: '2026-05-31' }];
  it.each(FILTERS)('gives the same rows for trend, emerging, heatmaps and a spike (filters %#)', async (filters) => {
    const table = await reasonHoursTable(engine, filters, d, 1);
    const windows = compareWindows({ from: '2026-02-01', to: '2026-05-31' }, 28, 84);
    const target = { days: { from: '2026-03-01', to: '2026-03-31' }, hourFrom: 15, hourTo: 15 };
    const pairs: ((hours?: string) => Fragment)[] = [
      (h) => trendSql(filters, d, 'week', h),
      (h) => emergingSql(filters, d, windows, h),
      (h) => heatmapSql(filters, d, 'hour', h),
      (h) => heatmapSql(filters, d, 'weekday', h),
      (h) => heatmapSql(filters, d, 'day', h),
      (h) => spikeSql(filters, d, { ...target, baseline: 'rest' }, h),
      (h) => spikeSql(filters, d, { ...target, baseline: 'before' }, h),
    ];
    for (const make of pairs) expect(await rowsOf(make(table))).toEqual(await rowsOf(make()));
    // The table holds every offered call under the filters once: its counts add up to the matrix's total.
    const total = (await rowsOf(sql`select cast(sum(n) as double) as n from ${ident(table)}`))[0]!.n;
    const all = (await rowsOf(matrixSql(filters, d))).find((r) => r.level === 'all');
    expect(total).toBe(all!.offered);
  });
});
