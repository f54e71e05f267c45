import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidateFindings, readCandidates } from '../../../src/analyses/reasons/candidates-shape';
import { candidatesSql } from '../../../src/analyses/reasons/candidates-sql';
import { callsSlice, drillSource } from '../../../src/analyses/common/drill/drill-slice';
import { reasonWhere, transitionWhere, type DrillSlice } from '../../../src/analyses/reasons/drill-sql';
import { callsWhere, type KpiDefinitions } from '../../../src/metrics';

/** The drill-through list of a reasons slice, as the panel opens it. */
const drillSql = (filters: Filters, _d: KpiDefinitions, slice: DrillSlice) =>
  drillSource(callsSlice(sql`${callsWhere(filters)} and (${slice.where})`, slice.label));
import { emergingSql } from '../../../src/analyses/reasons/emerging-sql';
import { heatmapSql } from '../../../src/analyses/reasons/heatmap-sql';
import { readReasonTable } from '../../../src/analyses/reasons/matrix-shape';
import { matrixSql } from '../../../src/analyses/reasons/matrix-sql';
import { segmentGroupWhere, segmentsSql } from '../../../src/analyses/reasons/segments-sql';
import { customerValueSpec } from '../../../src/analyses/common/customer-value/customer-value-spec';
import { spikeSql } from '../../../src/analyses/reasons/spike-sql';
import { tagMatchSql, tagsSql } from '../../../src/analyses/reasons/tags-sql';
import { transitionsSql } from '../../../src/analyses/reasons/transitions-sql';
import { trendSql } from '../../../src/analyses/reasons/trend-sql';
import { compareWindows, spanSql } from '../../../src/analyses/reasons/window-sql';
import type { Engine } from '../../../src/engine/engine';
import { translate } from '../../../src/i18n';
import { DEFAULT_DEFINITIONS } from '../../../src/metrics';
import { buildCanonicalViews, DEFAULT_SETTINGS, NO_FILTERS, type Filters, type Mapping } from '../../../src/model';
import { ident, raw, sql, type Fragment } from '../../../src/sql';
import { openTestEngine } from '../../engine/open-engine';
import { expectValidQuery } from '../../engine/valid-query';
import { describeTable } from '../../model/load';
import '../../setup-messages';
import { loadReasonFixture } from './setup';

let engine: Engine;
beforeAll(async () => {
  engine = await openTestEngine();
});
afterAll(async () => {
  await engine.close();
});

const HOSTILE_REASON = `Bill "dispute"'); DROP TABLE x; -- <b>账单</b>`;
const COLS = {
  id: `id"; DROP TABLE x; --`,
  cust: "客户 it's",
  at: '<img src=x onerror=alert(1)>',
  outcome: 'outcome "q"',
  reason: "reason'); --",
  notes: ' ',
  segment: 'segment"',
};

function everyBuilder(filters: Filters, mapping: Mapping): Fragment[] {
  const customers = customerValueSpec(mapping, filters);
  const d = { ...DEFAULT_DEFINITIONS, costPerMinute: 1.5 };
  const windows = compareWindows({ from: '2026-03-01', to: '2026-03-31' }, 7, 14);
  const rule = { name: `"'%_`, include: [`it's 100%_`, '天网'], exclude: [`"; --`] };
  return [
    spanSql(filters),
    matrixSql(filters, d),
    emergingSql(filters, d, windows),
    trendSql(filters, d, 'week'),
    transitionsSql(filters, d, 7),
    heatmapSql(filters, d, 'weekday'),
    spikeSql(filters, d, {
      days: { from: '2026-03-02', to: '2026-03-02' },
      hourFrom: 9,
      hourTo: 11,
      baseline: 'before',
    }),
    tagsSql(filters, d, [rule]),
    candidatesSql(filters, d, windows.recent, windows.baseline),
    segmentsSql(filters, d, customers),
    drillSql(filters, d, { label: 'x', where: segmentGroupWhere('segment', `VIP "gold" <i>`, customers) }),
    drillSql(filters, d, { label: 'x', where: segmentGroupWhere('vip', 'vip', customers) }),
    drillSql(filters, d, { label: 'x', where: segmentGroupWhere('tier', "'; --", customers) }),
    drillSql(filters, d, { label: 'x', where: transitionWhere(HOSTILE_REASON, 'R2', 7) }),
    drillSql(filters, d, { label: 'x', where: transitionWhere(null, null, 7) }),
    drillSql(filters, d, { label: 'x', where: sql`${reasonWhere(HOSTILE_REASON)} and ${tagMatchSql(rule)}` }),
  ];
}

describe('every reasons builder on hostile names and values', () => {
  it('plans (EXPLAIN) and runs over hostile table, column and reason names and filter values', async () => {
    await engine.query(raw('create or replace table x (keep integer)'));
    const table = `calls"; DROP TABLE x; --`;
    const customers = "客户'表";
    const c = (k: keyof typeof COLS) => ident(COLS[k]);
    await engine.query(sql`create or replace table ${ident(table)} (${c('id')} varchar, ${c('cust')} varchar,
      ${c('at')} varchar, ${c('outcome')} varchar, ${c('reason')} varchar, ${c('notes')} varchar)`);
    await engine.query(sql`insert into ${ident(table)} values
      ('1', 'k1', '2026-03-02 09:00:00', 'ANSWERED', ${HOSTILE_REASON}, ${"it's 100%_ 天网"}),
      ('2', 'k1', '2026-03-03 10:00:00', 'ABANDONED', 'R2', null),
      ('3', null, '2026-03-20 10:00:00', 'ANSWERED', ${HOSTILE_REASON}, 'ok')`);
    await engine.query(
      sql`create or replace table ${ident(customers)} (${c('cust')} varchar, ${c('segment')} varchar)`,
    );
    await engine.query(sql`insert into ${ident(customers)} values ('k1', ${`VIP "gold" <i>`})`);
    const sources = [await describeTable(engine, table), await describeTable(engine, customers)];
    const mapping: Mapping = {
      calls: {
        table,
        columns: {
          call_id: COLS.id,
          customer_id: COLS.cust,
          started_at: COLS.at,
          answered: COLS.outcome,
          reason: COLS.reason,
          notes: COLS.notes,
        },
        answeredValues: ['ANSWERED'],
        durationUnit: 'seconds',
      },
      customers: { table: customers, columns: { customer_id: COLS.cust, segment: COLS.segment } },
      settings: DEFAULT_SETTINGS,
    };
    await buildCanonicalViews(engine, mapping, sources);
    const filters: Filters[] = [
      NO_FILTERS,
      { ...NO_FILTERS, segments: [`VIP "gold" <i>`, "'; --"], dateFrom: '2026-03-01', dateTo: '2026-03-31' },
    ];
    for (const f of filters)
      for (const statement of everyBuilder(f, mapping)) {
        await expectValidQuery(engine, statement);
        await engine.query(statement);
      }
    const t = readReasonTable(await engine.query(matrixSql(NO_FILTERS, DEFAULT_DEFINITIONS)));
    // No mapping table: every reason is its raw code and counts as mapped. Two of three calls are the hostile one.
    expect(t.reasons[0]).toMatchObject({ reason: HOSTILE_REASON, code: HOSTILE_REASON });
    expect(t.reasons[0]!.values.share).toBeCloseTo(2 / 3);
    expect(t.coverage).toBe(0);
    expect((await engine.query(raw('select count(*) as n from x'))).rows[0]?.n).toBe(0);
  });
});

describe('candidate reasons from notes', () => {
  it('proposes Chinese bigrams and English words from unmapped or "other" calls, ranked by growth', async () => {
    const mapping = ['R01,Bill explanation,Billing,active,,2026-01-01,', 'R09,Other,Other,active,,2026-01-01,'].join(
      '\n',
    );
    // Baseline 03-01..03-14, recent 03-15..03-21. Uncovered calls: R09 ("Other") and R77 (unmapped).
    const calls = [
      '1,c1,2026-03-02 09:00:00,ANSWERED,5,60,R09,Y,,router reboot',
      '2,c2,2026-03-03 09:00:00,ANSWERED,5,60,R77,Y,,router reset',
      '3,c3,2026-03-04 09:00:00,ANSWERED,5,60,R09,Y,,the router and the modem',
      '4,c4,2026-03-15 09:00:00,ANSWERED,5,60,R09,Y,,光猫重启，光猫灯红',
      '5,c5,2026-03-16 09:00:00,ANSWERED,5,60,R77,Y,,光猫坏了',
      '6,c6,2026-03-17 09:00:00,ANSWERED,5,60,R09,Y,,换光猫 router',
      '7,c7,2026-03-18 09:00:00,ANSWERED,5,60,R01,Y,,光猫 光猫 router router',
      '8,c8,2026-03-21 09:00:00,ANSWERED,5,60,R09,Y,,,',
    ].join('\n');
    await loadReasonFixture(engine, calls, mapping);
    const w = compareWindows({ from: '2026-03-01', to: '2026-03-21' }, 7, 14);
    const statement = candidatesSql(NO_FILTERS, DEFAULT_DEFINITIONS, w.recent, w.baseline!);
    await expectValidQuery(engine, statement);
    const found = readCandidates(await engine.query(statement));
    // Call 7 is mapped (R01): left out. Uncovered with notes: recent 4, 5, 6 (n1 = 3); baseline 1, 2, 3 (n0 = 3).
    // "光猫": calls 4 (once, though twice in the text), 5, 6 → x1 = 3, x0 = 0; growth (3.5 / 4) / (0.5 / 4) = 7.
    // "router": calls 1, 2, 3 and 6 → x1 = 1, x0 = 3; growth (1.5 / 4) / (3.5 / 4) = 0.4286.
    // "猫重", "猫灯", "猫坏"… appear once; "the", "and" are stop words; none of them reaches 3 calls.
    expect(found.map((c) => [c.term, c.x1, c.x0])).toEqual([
      ['光猫', 3, 0],
      ['router', 1, 3],
    ]);
    expect(found[0]!.growth).toBeCloseTo(7);
    expect(found[1]!.growth).toBeCloseTo(1.5 / 3.5);
    // At least 5 recent calls for a finding: none here.
    expect(candidateFindings(found, (k, p) => translate('en', k, p))).toEqual([]);
    expect(candidateFindings(found, (k, p) => translate('en', k, p), 5).length).toBe(0);
  });
});
