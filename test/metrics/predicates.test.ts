import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine';
import { callsWhere, comparePeriods, KPI_IDS, kpiColumns, DEFAULT_DEFINITIONS } from '../../src/metrics';
import { CALLS, NO_FILTERS } from '../../src/model';
import { ident, join, raw, sql } from '../../src/sql';
import { openTestEngine } from '../engine/open-engine';
import { expectValidQuery } from '../engine/valid-query';
import { loadCalls } from '../analyses/kpi/setup';

let engine: Engine;
beforeAll(async () => {
  engine = await openTestEngine();
  // Five calls on three days: business lines A, A, B, NULL, B; channels phone, chat, phone, phone, chat.
  await engine.query(sql`create table t as select * from (values
    (timestamp '2026-03-01 09:00', 'A', 'phone', 'x''; drop table t; --'),
    (timestamp '2026-03-01 23:59:59', 'A', 'chat', '<b>粗体</b>'),
    (timestamp '2026-03-02 00:00', 'B', 'phone', ' '),
    (timestamp '2026-03-02 12:00', null, 'phone', null),
    (timestamp '2026-03-03 08:00', 'B', 'chat', 'x''; drop table t; --')
  ) v(started_at, business_line, channel, reason_category)`);
  // Columns with hostile names, for slices.
  await engine.query(sql`alter table t add column ${ident('a"b; drop table t; --')} varchar`);
  await engine.query(sql`alter table t add column ${ident('来电 原因')} varchar`);
  await engine.query(sql`alter table t add column ${ident(' ')} varchar`);
  await engine.query(
    sql`update t set ${ident('a"b; drop table t; --')} = channel, ${ident('来电 原因')} = business_line, ${ident(' ')} = reason_category`,
  );
});
afterAll(async () => {
  await engine.close();
});

async function count(where: ReturnType<typeof callsWhere>): Promise<number> {
  const result = await engine.query(sql`select count(*)::integer as n from t where ${where}`);
  return Number(result.rows[0]?.n);
}

describe('the predicate builder', () => {
  it('keeps exactly the listed values (an inverted list filter would keep 3 and 1 instead)', async () => {
    expect(await count(callsWhere({ ...NO_FILTERS, businessLines: ['A'] }))).toBe(2);
    expect(await count(callsWhere({ ...NO_FILTERS, businessLines: ['B'], channels: ['chat'] }))).toBe(1);
  });

  it('takes both date ends inclusively, to the last second of the last day', async () => {
    // 03-01 09:00 and 23:59:59 are in; 03-02 00:00 is not.
    expect(await count(callsWhere({ ...NO_FILTERS, dateFrom: '2026-03-01', dateTo: '2026-03-01' }))).toBe(2);
    expect(await count(callsWhere({ ...NO_FILTERS, dateFrom: '2026-03-02' }))).toBe(3);
    expect(await count(callsWhere({ ...NO_FILTERS, dateTo: '2026-03-02' }))).toBe(4);
  });

  it('matches hostile values as values, never as SQL', async () => {
    expect(await count(callsWhere({ ...NO_FILTERS, reasonCategories: ["x'; drop table t; --", '<b>粗体</b>'] }))).toBe(
      3,
    );
    expect(await count(sql`true`)).toBe(5);
  });

  it('slices by columns with hostile names, NULL included', async () => {
    expect(await count(callsWhere(NO_FILTERS, [{ column: 'a"b; drop table t; --', value: 'chat' }]))).toBe(2);
    expect(await count(callsWhere(NO_FILTERS, [{ column: '来电 原因', value: null }]))).toBe(1);
    expect(await count(callsWhere(NO_FILTERS, [{ column: ' ', value: ' ' }]))).toBe(1);
    expect(
      await count(
        callsWhere({ ...NO_FILTERS, channels: ['phone'] }, [
          { column: '来电 原因', value: 'B' },
          { range: { from: '2026-03-02', to: '2026-03-02' } },
        ]),
      ),
    ).toBe(1);
  });
});

describe('periods', () => {
  it('compares with the same length before, clipped to the data', () => {
    const data = { from: '2026-03-01', to: '2026-03-31' };
    // 03-11..03-20 (10 days) against 03-01..03-10: whole.
    expect(comparePeriods({ dateFrom: '2026-03-11', dateTo: '2026-03-20' }, data).previous).toEqual({
      window: { from: '2026-03-01', to: '2026-03-10' },
      covered: { from: '2026-03-01', to: '2026-03-10' },
      partial: false,
    });
    // 03-06..03-20 (15 days) against 02-19..03-05: only 03-01..03-05 have data.
    expect(comparePeriods({ dateFrom: '2026-03-06', dateTo: '2026-03-20' }, data).previous).toMatchObject({
      covered: { from: '2026-03-01', to: '2026-03-05' },
      partial: true,
    });
    // No dates: the whole data, whose previous window lies entirely before it.
    const all = comparePeriods({ dateFrom: null, dateTo: null }, data);
    expect(all.current).toEqual(data);
    expect(all.previous.covered).toBeNull();
  });
});

describe('every KPI aggregate', () => {
  it('plans under no grouping and under any GROUP BY, with every cost definition', async () => {
    await loadCalls(engine, '1,c1,2026-03-02 09:00:00,ANSWERED,10,100,R1,Y');
    for (const d of [
      DEFAULT_DEFINITIONS,
      { ...DEFAULT_DEFINITIONS, costPerMinute: 1.5 },
      { ...DEFAULT_DEFINITIONS, costPerOfferedCall: 2 },
    ]) {
      const columns = join(kpiColumns(KPI_IDS, d), ', ');
      await expectValidQuery(engine, sql`select ${columns} from ${CALLS}`);
      for (const by of ['cast(started_at as date)', 'reason', 'business_line, channel', 'hour(started_at)'])
        await expectValidQuery(engine, sql`select ${columns} from ${CALLS} group by ${raw(by)}`);
    }
  });
});
