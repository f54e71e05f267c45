import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPeriods, readRange, readSeries } from '../../../src/analyses/kpi/kpi-shape';
import { dataRangeSql, periodsSql, seriesSql } from '../../../src/analyses/kpi/kpi-sql';
import type { Engine } from '../../../src/engine/engine';
import { comparePeriods, DEFAULT_DEFINITIONS, type KpiDefinitions } from '../../../src/metrics';
import { NO_FILTERS, type Filters } from '../../../src/model';
import { openTestEngine } from '../../engine/open-engine';
import { expectValidQuery } from '../../engine/valid-query';
import { loadCalls } from './setup';

let engine: Engine;
beforeAll(async () => {
  engine = await openTestEngine();
});
afterAll(async () => {
  await engine.close();
});

// Current range 2026-03-02..03-03 (2 days); the previous range of equal length is 02-28..03-01 (2026 is no leap year).
const FIXTURE = [
  '1,c1,2026-03-02 09:00:00,ANSWERED,10,100,R1,Y',
  '2,c1,2026-03-03 10:00:00,ANSWERED,30,200,R1,N',
  '3,c2,2026-03-02 11:00:00,ABANDONED,5,0,R2,',
  '4,c2,2026-03-03 12:00:00,ANSWERED,20,300,,Y',
  '5,c3,2026-03-03 13:00:00,ABANDONED,40,0,R3,',
  '6,c3,2026-03-01 09:00:00,ANSWERED,15,120,R3,Y',
  '7,c4,2026-02-28 09:00:00,ABANDONED,60,0,R1,',
  '8,c1,2026-02-20 09:00:00,ANSWERED,5,50,R1,Y',
].join('\n');
const MARCH: Filters = { ...NO_FILTERS, dateFrom: '2026-03-02', dateTo: '2026-03-03' };

async function overview(filters: Filters, d: KpiDefinitions) {
  const data = readRange(await engine.query(dataRangeSql(filters)));
  if (!data) throw new Error('no data');
  const periods = comparePeriods(filters, data);
  const statement = periodsSql(filters, d, periods.current, periods.previous.covered);
  await expectValidQuery(engine, statement);
  return { periods, ...readPeriods(await engine.query(statement)) };
}

describe('the overview on a hand-worked fixture', () => {
  it('computes every KPI of the current and the previous period', async () => {
    await loadCalls(engine, FIXTURE);
    const d = { ...DEFAULT_DEFINITIONS, costPerMinute: 2 };
    const { current, previous } = await overview(MARCH, d);
    // Current: calls 1–5. Offered 5 = answered 3 (1, 2, 4) + abandoned 2 (3, 5).
    expect(current.offered).toBe(5);
    expect(current.answer_rate).toBeCloseTo(3 / 5);
    expect(current.abandon_rate).toBeCloseTo(2 / 5);
    // Answered within 20 s: call 1 (10 s) and call 4 (20 s) → 2 / 5 offered.
    expect(current.service_level).toBeCloseTo(2 / 5);
    // ASA = (10 + 30 + 20) / 3 = 20 s; AHT = (100 + 200 + 300) / 3 = 200 s.
    expect(current.asa_s).toBeCloseTo(20);
    expect(current.aht_s).toBeCloseTo(200);
    // Resolved among answered: 1 (Y), 2 (N), 4 (Y) → 2 / 3.
    expect(current.resolution_rate).toBeCloseTo(2 / 3);
    // Cost: 600 handle s = 10 min × 2 = 20, over 3 answered.
    expect(current.cost_per_contact).toBeCloseTo(20 / 3);
    // Every current call is within 7 days of the last call (03-03 13:00): none can be followed up yet.
    expect(current.repeat_rate).toBeNull();
    // Previous: calls 6 and 7 (call 8 on 02-20 is in neither range).
    expect(previous.offered).toBe(2);
    expect(previous.answer_rate).toBeCloseTo(1 / 2);
    expect(previous.service_level).toBeCloseTo(1 / 2); // call 6 waited 15 s
    expect(previous.asa_s).toBeCloseTo(15);
    expect(previous.aht_s).toBeCloseTo(120);
    expect(previous.resolution_rate).toBeCloseTo(1);
  });

  it('leaves short abandons out of offered', async () => {
    await loadCalls(engine, FIXTURE);
    const { current } = await overview(MARCH, { ...DEFAULT_DEFINITIONS, shortAbandonSeconds: 10 });
    // Call 3 abandoned after 5 s < 10 s: offered 4 = answered 3 + abandoned 1.
    expect(current.offered).toBe(4);
    expect(current.answer_rate).toBeCloseTo(3 / 4);
    expect(current.abandon_rate).toBeCloseTo(1 / 4);
  });

  it('charges the cost of each offered call over answered calls', async () => {
    await loadCalls(engine, FIXTURE);
    const { current } = await overview(MARCH, { ...DEFAULT_DEFINITIONS, costPerOfferedCall: 5 });
    // 5 offered × 5 = 25, over 3 answered = 8.33: the tile is per answered call, not the setting.
    expect(current.cost_per_contact).toBeCloseTo(25 / 3);
  });

  it('shortens a previous period that starts before the first call and says so', async () => {
    await loadCalls(engine, FIXTURE);
    // 02-24..03-03 is 8 days; the 8 days before (02-16..02-23) start before the first call (02-20).
    const filters = { ...NO_FILTERS, dateFrom: '2026-02-24', dateTo: '2026-03-03' };
    const { periods, current, previous } = await overview(filters, DEFAULT_DEFINITIONS);
    expect(periods.previous).toMatchObject({ window: { from: '2026-02-16', to: '2026-02-23' }, partial: true });
    expect(periods.previous.covered).toEqual({ from: '2026-02-20', to: '2026-02-23' });
    // Current: calls 1–7; previous: call 8 only.
    expect(current.offered).toBe(7);
    expect(previous.offered).toBe(1);
  });

  it('has nothing to compare with when the whole previous window lies before the data', async () => {
    await loadCalls(engine, FIXTURE);
    // No dates: current = 02-20..03-03 (12 days), previous = 02-08..02-19, all before the first call.
    const { periods, current } = await overview(NO_FILTERS, DEFAULT_DEFINITIONS);
    expect(periods.previous.covered).toBeNull();
    expect(current.offered).toBe(8);
  });

  it('has no rates over answered calls when none was answered', async () => {
    await loadCalls(engine, '1,c1,2026-03-02 09:00:00,ABANDONED,30,0,R1,\n2,c2,2026-03-02 10:00:00,ABANDONED,50,0,R1,');
    const { current, previous } = await overview(NO_FILTERS, { ...DEFAULT_DEFINITIONS, costPerOfferedCall: 3 });
    // Offered 2, answered 0: answer rate 0 / 2 = 0, abandonment 2 / 2 = 1, SL 0 / 2 = 0.
    expect(current.offered).toBe(2);
    expect(current.answer_rate).toBe(0);
    expect(current.abandon_rate).toBe(1);
    expect(current.service_level).toBe(0);
    // ASA, AHT, resolution and cost per contact divide by answered = 0: no value.
    expect(current.asa_s).toBeNull();
    expect(current.aht_s).toBeNull();
    expect(current.resolution_rate).toBeNull();
    expect(current.cost_per_contact).toBeNull();
    expect(previous.offered).toBe(0);
    expect(previous.answer_rate).toBeNull();
  });
});

describe('the repeat rate (right-censored, known customers only)', () => {
  // N = 2 days. The last call is a8 on 03-05 09:00, so only calls up to 03-03 09:00 can be followed up.
  const CALLS = [
    'a1,c1,2026-03-01 09:00:00,ANSWERED,5,60,R1,Y', // → a2 24 h later, same reason: a repeat of both kinds
    'a2,c1,2026-03-02 09:00:00,ANSWERED,5,60,R1,Y',
    'a3,c2,2026-03-01 10:00:00,ANSWERED,5,60,R1,Y', // → a4 24 h later, another reason: any-reason repeat only
    'a4,c2,2026-03-02 10:00:00,ANSWERED,5,60,R2,Y',
    'a5,,2026-03-01 11:00:00,ANSWERED,5,60,R1,Y', // anonymous: in neither numerator nor denominator
    'a6,,2026-03-01 12:00:00,ANSWERED,5,60,R1,Y',
    'a7,c3,2026-03-01 13:00:00,ANSWERED,5,60,R3,Y', // never called again
    'a9,c4,2026-03-04 09:00:00,ANSWERED,5,60,R1,Y', // → a8 within 2 days, but after the cut-off: left out
    'a8,c4,2026-03-05 09:00:00,ANSWERED,5,60,R1,Y',
  ].join('\n');

  it('counts only calls whose window ended inside the data, from known customers', async () => {
    await loadCalls(engine, CALLS);
    const { current } = await overview(NO_FILTERS, { ...DEFAULT_DEFINITIONS, repeatDays: 2 });
    // Denominator: a1, a2, a3, a4, a7 = 5. Same reason: a1 → 1 / 5. Any reason: a1, a3 → 2 / 5.
    expect(current.repeat_rate).toBeCloseTo(1 / 5);
    expect(current.repeat_rate_any).toBeCloseTo(2 / 5);
  });
});

describe('the chart series', () => {
  it('keeps to the current period (a dropped period condition would add 02-20, 02-28 and 03-01)', async () => {
    await loadCalls(engine, FIXTURE);
    const statement = seriesSql(MARCH, DEFAULT_DEFINITIONS, { from: '2026-03-02', to: '2026-03-03' }, 'day');
    await expectValidQuery(engine, statement);
    // 03-02: calls 1 (answered) and 3 → 1 / 2; 03-03: calls 2, 4 (answered) and 5 → 2 / 3.
    expect(readSeries(await engine.query(statement))).toEqual([
      { bucket: '2026-03-02', offered: 2, answerRate: 1 / 2 },
      { bucket: '2026-03-03', offered: 3, answerRate: 2 / 3 },
    ]);
  });

  it('draws a one-day range by the hour', async () => {
    await loadCalls(engine, FIXTURE);
    const day = { from: '2026-03-02', to: '2026-03-02' };
    const rows = readSeries(
      await engine.query(
        seriesSql({ ...NO_FILTERS, dateFrom: day.from, dateTo: day.to }, DEFAULT_DEFINITIONS, day, 'hour'),
      ),
    );
    // Call 1 at 09:00 (answered), call 3 at 11:00 (abandoned).
    expect(rows).toEqual([
      { bucket: '2026-03-02 09:00', offered: 1, answerRate: 1 },
      { bucket: '2026-03-02 11:00', offered: 1, answerRate: 0 },
    ]);
  });
});
