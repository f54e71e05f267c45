import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dailySql, kpiSql } from '../../../src/analyses/kpi/kpi-sql';
import { kpiValues, readSums } from '../../../src/analyses/kpi/kpi-shape';
import type { Engine } from '../../../src/engine/engine';
import { DEFAULT_SETTINGS, NO_FILTERS, type Filters, type KpiSettings } from '../../../src/model';
import { openTestEngine } from '../../engine/open-engine';
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
  // Outside both ranges; as the last call it puts every call above more than 7 days before the data's end, so
  // none is right-censored out of the repeat rate.
  '9,c9,2026-03-20 09:00:00,ANSWERED,5,50,R9,Y',
].join('\n');
const MARCH: Filters = { ...NO_FILTERS, dateFrom: '2026-03-02', dateTo: '2026-03-03' };

async function overview(filters: Filters, settings: KpiSettings) {
  const sums = readSums(await engine.query(kpiSql({ filters, settings })));
  return { sums, current: kpiValues(sums.current, settings), previous: kpiValues(sums.previous, settings) };
}

describe('KPIs on a hand-worked fixture', () => {
  it('computes every KPI of the current and the previous period', async () => {
    const settings = { ...DEFAULT_SETTINGS, costPerMinute: 2 };
    await loadCalls(engine, FIXTURE, settings);
    const { sums, current, previous } = await overview(MARCH, settings);
    expect(sums.range).toEqual({
      from: '2026-03-02',
      to: '2026-03-03',
      previousFrom: '2026-02-28',
      previousTo: '2026-03-01',
    });
    // Current: calls 1–5. Offered 5 = answered 3 (1, 2, 4) + abandoned 2 (3, 5).
    expect(current.offered).toBe(5);
    expect(current.answerRate).toBeCloseTo(3 / 5);
    expect(current.abandonRate).toBeCloseTo(2 / 5);
    // Answered within 20 s: call 1 (10 s) and call 4 (20 s) → 2 / 5 offered.
    expect(current.serviceLevel).toBeCloseTo(2 / 5);
    // ASA = (10 + 30 + 20) / 3 = 20 s; AHT = (100 + 200 + 300) / 3 = 200 s.
    expect(current.asa).toBeCloseTo(20);
    expect(current.aht).toBeCloseTo(200);
    // Resolved among answered: 1 (Y), 2 (N), 4 (Y) → 2 / 3.
    expect(current.resolution).toBeCloseTo(2 / 3);
    // Same customer, same reason within 7 days: only call 1 (→ 2). Call 4 has no reason; call 5's R3 came before.
    expect(current.repeatRate).toBeCloseTo(1 / 5);
    // Any reason: 1 → 2 and 3 → 4.
    expect(sums.current.repeatAny).toBe(2);
    // Cost: 600 handle s = 10 min × 2 = 20, over 3 answered.
    expect(current.costPerContact).toBeCloseTo(20 / 3);
    // Previous: calls 6 and 7 (call 8 on 02-20 is in neither range).
    expect(previous.offered).toBe(2);
    expect(previous.answerRate).toBeCloseTo(1 / 2);
    expect(previous.serviceLevel).toBeCloseTo(1 / 2); // call 6 waited 15 s
    expect(previous.asa).toBeCloseTo(15);
    expect(previous.aht).toBeCloseTo(120);
    expect(previous.resolution).toBeCloseTo(1);
    // Call 6 (c3, R3, 03-01) is followed by call 5 (c3, R3, 03-03): a repeat within 7 days, across the boundary.
    expect(previous.repeatRate).toBeCloseTo(1 / 2);
  });

  it('leaves short abandons out of offered', async () => {
    const settings = { ...DEFAULT_SETTINGS, shortAbandonSeconds: 10 };
    await loadCalls(engine, FIXTURE, settings);
    const { current } = await overview(MARCH, settings);
    // Call 3 abandoned after 5 s < 10 s: offered 4 = answered 3 + abandoned 1.
    expect(current.offered).toBe(4);
    expect(current.answerRate).toBeCloseTo(3 / 4);
    expect(current.abandonRate).toBeCloseTo(1 / 4);
  });

  it('has no rates over answered calls when none was answered', async () => {
    await loadCalls(engine, '1,c1,2026-03-02 09:00:00,ABANDONED,30,0,R1,\n2,c2,2026-03-02 10:00:00,ABANDONED,50,0,R1,');
    const { current, previous } = await overview(NO_FILTERS, { ...DEFAULT_SETTINGS, costPerContact: 3 });
    // Offered 2, answered 0: answer rate 0 / 2 = 0, abandonment 2 / 2 = 1, SL 0 / 2 = 0.
    expect(current.offered).toBe(2);
    expect(current.answerRate).toBe(0);
    expect(current.abandonRate).toBe(1);
    expect(current.serviceLevel).toBe(0);
    // ASA, AHT, resolution and cost per contact divide by answered = 0: no value.
    expect(current.asa).toBeNull();
    expect(current.aht).toBeNull();
    expect(current.resolution).toBeNull();
    expect(current.costPerContact).toBeNull();
    // One day of data: the previous range is the day before, with no calls.
    expect(previous.offered).toBe(0);
    expect(previous.answerRate).toBeNull();
  });

  it('handles one day, zero durations and null reasons', async () => {
    await loadCalls(
      engine,
      [
        '1,c1,2026-03-02 09:00:00,ANSWERED,0,0,,Y',
        '2,c1,2026-03-02 10:00:00,ANSWERED,0,0,,Y',
        '3,c1,2026-03-02 11:00:00,ANSWERED,0,0,,',
      ].join('\n'),
    );
    const settings = { ...DEFAULT_SETTINGS, costPerContact: 4 };
    const { sums, current } = await overview(NO_FILTERS, settings);
    expect(sums.range).toEqual({
      from: '2026-03-02',
      to: '2026-03-02',
      previousFrom: '2026-03-01',
      previousTo: '2026-03-01',
    });
    // All three answered at once: SL 3 / 3, ASA 0 / 3 = 0, AHT 0 / 3 = 0.
    expect(current.serviceLevel).toBe(1);
    expect(current.asa).toBe(0);
    expect(current.aht).toBe(0);
    // Resolved: 2 of 3 answered (the third is unknown, so not resolved).
    expect(current.resolution).toBeCloseTo(2 / 3);
    // Every call lies within 7 days of the last one (03-02 11:00): none can show a repeat yet, so no repeat rate.
    expect(current.repeatRate).toBeNull();
    expect(sums.current.repeatAny).toBe(0);
    // Cost per contact: 3 offered × 4 = 12, over 3 answered = 4.
    expect(current.costPerContact).toBe(4);
    const daily = await engine.query(dailySql({ filters: NO_FILTERS, settings }));
    expect(daily.rows).toEqual([{ day: new Date(Date.UTC(2026, 2, 2)), offered: 3, answered: 3 }]);
  });
});
