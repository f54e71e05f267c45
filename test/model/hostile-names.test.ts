import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodsSql } from '../../src/analyses/kpi/kpi-sql';
import { readPeriods } from '../../src/analyses/kpi/kpi-shape';
import { DEFAULT_DEFINITIONS } from '../../src/metrics';
import type { Engine } from '../../src/engine/engine';
import { buildCanonicalViews, NO_FILTERS, detectMapping } from '../../src/model';
import { ident, raw, sql } from '../../src/sql';
import { openTestEngine } from '../engine/open-engine';
import { describeTable } from './load';

let engine: Engine;
beforeAll(async () => {
  engine = await openTestEngine();
});
afterAll(async () => {
  await engine.close();
});

const TABLE = '"; DROP TABLE x; --';
const NAMES = {
  id: `call_id"; DROP TABLE x; --`,
  at: "来电时间 it's",
  outcome: '<img src=x onerror=alert(1)> outcome',
  wait: 'wait "q_time"',
  reason: "reason'); --",
};

describe('canonical views over hostile table and column names', () => {
  it('detects, validates, builds and queries without breaking out of a name', async () => {
    await engine.query(raw('create table x (keep integer)'));
    await engine.query(sql`create table ${ident(TABLE)} (${ident(NAMES.id)} varchar, ${ident(NAMES.at)} varchar,
      ${ident(NAMES.outcome)} varchar, ${ident(NAMES.wait)} integer, ${ident(NAMES.reason)} varchar)`);
    await engine.query(sql`insert into ${ident(TABLE)} values
      ('a', '2026-03-02 09:00:00', 'ANSWERED', 5, 'R1'), ('b', '2026-03-02 10:00:00', 'ABANDONED', 50, 'R1'),
      ('b', 'not a time', 'ANSWERED', -3, 'R2')`);
    const source = await describeTable(engine, TABLE);
    const detected = (await detectMapping(engine, [source])).mapping;
    // The id repeats ('b' twice, rows that differ) and no other column completes it: it is not proposed.
    expect(detected.calls?.columns.call_id).toBeUndefined();
    const mapping = {
      ...detected,
      calls: { ...detected.calls!, columns: { ...detected.calls!.columns, call_id: NAMES.id } },
    };
    expect(mapping.calls?.columns).toMatchObject({
      call_id: NAMES.id,
      started_at: NAMES.at,
      answered: NAMES.outcome,
      wait_s: NAMES.wait,
      reason: NAMES.reason,
    });
    const report = await buildCanonicalViews(engine, mapping, [source]);
    // Row 3 has no readable time: left out. Its wait of −3 s is negative; its id repeats row 2's, but row 3 is
    // not counted, so no counted call shares an id.
    expect(report.excluded).toBe(1);
    expect(report.issues.map((i) => [i.kind, i.count, i.examples])).toEqual([
      ['unreadable_time', 1, ['not a time']],
      ['negative_duration', 1, ['-3']],
    ]);
    const all = { from: '1900-01-01', to: '2100-12-31' };
    const { current } = readPeriods(await engine.query(periodsSql(NO_FILTERS, DEFAULT_DEFINITIONS, all, null)));
    // Offered 2 (rows 1 and 2), answered 1 → 1 / 2; within 20 s: row 1 (5 s) → 1 / 2.
    expect(current).toMatchObject({ offered: 2, answer_rate: 0.5, service_level: 0.5 });
    expect((await engine.query(raw('select count(*) as n from x'))).rows[0]?.n).toBe(0);
  });
});
