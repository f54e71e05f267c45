import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/engine/engine';
import { NO_FILTERS, type Filters, type Mapping } from '../../../src/model';
import { raw, sql, type Fragment } from '../../../src/sql';
import { concentrationSql, histogramSql, momentsSql } from '../../../src/analyses/value/distribution-sql';
import { kindsSummarySql, matrixSql, reasonOptionsSql } from '../../../src/analyses/value/kinds-sql';
import { customerLifetimeSql, customerPeriodsSql, lifetimeSummarySql } from '../../../src/analyses/value/lifetime-sql';
import { profileReasonsSql, profileSql, profileTimelineSql } from '../../../src/analyses/value/profile-sql';
import { readValueRows } from '../../../src/analyses/value/read-customers';
import { valueExportSql, valueTableCountSql, valueTablePageSql } from '../../../src/analyses/value/table-sql';
import { DEFAULT_VALUE_SETTINGS, MEASURES, valueSpec, type ValueSpec } from '../../../src/analyses/value/value-spec';
import { vipListSql, vipScatterSql } from '../../../src/analyses/value/vip-sql';
import { lossMakerReasonsSql, lossMakersSql, whaleSql } from '../../../src/analyses/value/whale-sql';
import { openTestEngine } from '../../engine/open-engine';
import { loadValueFixture } from './fixture';

let engine: Engine;
let mapping: Mapping;
// Every table and column of the fixture renamed to something hostile: quotes, SQL, HTML, Chinese, spaces.
const hostile = (name: string) => `${name}"; DROP TABLE keep; -- <b onmouseover=x>'客户 ${name}`;
beforeAll(async () => {
  engine = await openTestEngine();
  await engine.query(raw('create table keep (x integer)'));
  mapping = await loadValueFixture(engine, { names: hostile });
});
afterAll(async () => {
  await engine.close();
});

const HOSTILE_VALUE = `x'); drop table keep; --`;
const FILTERS: Filters = { ...NO_FILTERS, dateFrom: '2026-01-01', segments: ['Consumer', HOSTILE_VALUE] };

/** Every SQL builder of the analysis, under one spec. */
function builders(s: ValueSpec): [string, Fragment][] {
  const reasons = ['Complaint', HOSTILE_VALUE];
  const page = { sort: 'ratio', descending: true, search: HOSTILE_VALUE, limit: 10, offset: 0 } as const;
  return [
    ...MEASURES.flatMap((m): [string, Fragment][] => [
      [`moments ${m}`, momentsSql(s, m)],
      [`histogram ${m}`, histogramSql(s, m, false, 20)],
      [`log histogram ${m}`, histogramSql(s, m, true, 20)],
      [`concentration ${m}`, concentrationSql(s, m)],
    ]),
    ['table page', valueTablePageSql(s, page)],
    ['table count', valueTableCountSql(s, HOSTILE_VALUE)],
    ['export', valueExportSql(s, page)],
    ['whale curve', whaleSql(s)],
    ['loss-makers', sql`select count(*) from canonical.calls where ${lossMakersSql(s)}`],
    ['loss-maker reasons', lossMakerReasonsSql(s)],
    ['vip list', vipListSql(s)],
    ['vip scatter', vipScatterSql(s)],
    ['kinds', kindsSummarySql(s, reasons)],
    ['matrix', matrixSql(s, reasons)],
    ['reason options', reasonOptionsSql()],
    ['lifetime', lifetimeSummarySql(s)],
    ['customer lifetime', customerLifetimeSql(s, HOSTILE_VALUE)],
    ['customer periods', customerPeriodsSql(s, 'C1')],
    ['profile', profileSql(s, HOSTILE_VALUE, reasons)],
    ['timeline', profileTimelineSql(s, 'C1')],
    ['reason mix', profileReasonsSql(s, 'C1')],
  ];
}

describe('every SQL builder of the value analysis', () => {
  const specs = () => [
    valueSpec(mapping, NO_FILTERS, DEFAULT_VALUE_SETTINGS),
    valueSpec(mapping, FILTERS, { ...DEFAULT_VALUE_SETTINGS, vipRule: { kind: 'robust', threshold: 3.5 } }),
    valueSpec(mapping, NO_FILTERS, { ...DEFAULT_VALUE_SETTINGS, vipRule: { kind: 'top', percent: 10 } }),
  ];

  it('passes EXPLAIN and runs over tables and columns with hostile names', async () => {
    for (const s of specs()) {
      for (const [name, fragment] of builders(s)) {
        await expect(engine.query(sql`explain ${fragment}`), name).resolves.toBeDefined();
        await expect(engine.query(fragment), name).resolves.toBeDefined();
      }
    }
    expect((await engine.query(raw('select count(*) as n from keep'))).rows[0]?.n).toBe(0);
  });

  it('reads the same figures through the hostile names', async () => {
    const rows = readValueRows(
      await engine.query(
        valueTablePageSql(valueSpec(mapping, NO_FILTERS, DEFAULT_VALUE_SETTINGS), {
          sort: 'ratio',
          descending: true,
          search: '',
          limit: 2,
          offset: 0,
        }),
      ),
    );
    // Seed 002's B (ratio 4) first, then C3 (30 on 10: ratio 2).
    expect(rows.map((r) => [r.customerId, r.ratio, r.name])).toEqual([
      ['C2', 4, 'Beta Wang'],
      ['C3', 2, 'Gamma Li'],
    ]);
  });

  it('refuses a sort column that is not one of the table columns', () => {
    const s = valueSpec(mapping, NO_FILTERS, DEFAULT_VALUE_SETTINGS);
    const page = { sort: 'ratio; drop table keep', descending: false, search: '', limit: 1, offset: 0 };
    expect(() => valueTablePageSql(s, page as never)).toThrow(/Unknown column/);
  });
});
