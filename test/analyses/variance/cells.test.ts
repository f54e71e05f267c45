import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarCountsSql } from '../../../src/analyses/variance/effects-sql';
import { readCalendarCounts } from '../../../src/analyses/variance/effects-shape';
import { segmentCellsSql } from '../../../src/analyses/variance/spread-sql';
import type { Engine } from '../../../src/engine/engine';
import { DEFAULT_DEFINITIONS } from '../../../src/metrics';
import { NO_FILTERS } from '../../../src/model';
import { openTestEngine } from '../../engine/open-engine';
import { call, loadLineCalls } from './fixture';

let engine: Engine;
beforeAll(async () => {
  engine = await openTestEngine();
  await loadLineCalls(engine, CALLS);
});
afterAll(async () => {
  await engine.close();
});

const D = DEFAULT_DEFINITIONS;
// Every call is offered (short abandons: 0 s). K2 has no channel: no channel segment, but it is in the totals.
const CALLS = [
  call(1, '2026-03-02 09:00:00', true, 'Broadband', 'Phone'),
  call(2, '2026-03-02 09:30:00', false, 'Broadband', ''),
  call(3, '2026-03-02 15:00:00', true, 'TV', 'Chat'),
  call(4, '2026-03-03 09:10:00', true, 'TV', 'Phone'),
  call(5, '2026-03-05 15:20:00', false, 'Broadband', 'Phone'),
];

const entries = <K>(m: Map<K, number>) => [...m].sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe('the calendar counts', () => {
  it('adds the totals up from the first dimension, its calls without a value included', async () => {
    const dims = ['channel', 'business_line'] as const;
    const { total, segments } = readCalendarCounts(await engine.query(calendarCountsSql(NO_FILTERS, D, dims)), dims);
    // Per day: 03-02 K1 K2 K3 = 3, 03-03 K4 = 1, 03-05 K5 = 1. Per hour: 9 h K1 K2 K4 = 3, 15 h K3 K5 = 2.
    expect(entries(total.byDay)).toEqual([
      ['2026-03-02', 3],
      ['2026-03-03', 1],
      ['2026-03-05', 1],
    ]);
    expect(entries(total.byHour)).toEqual([
      [15, 2],
      [9, 3],
    ]);
    const seg = (dim: string, value: string) => segments.find((s) => s.dim === dim && s.segment === value)!;
    // Phone: K1 (03-02, 9 h), K4 (03-03, 9 h), K5 (03-05, 15 h). Chat: K3 (03-02, 15 h).
    expect(entries(seg('channel', 'Phone').byDay)).toEqual([
      ['2026-03-02', 1],
      ['2026-03-03', 1],
      ['2026-03-05', 1],
    ]);
    expect(entries(seg('channel', 'Phone').byHour)).toEqual([
      [15, 1],
      [9, 2],
    ]);
    expect(entries(seg('channel', 'Chat').byHour)).toEqual([[15, 1]]);
    // Broadband: K1 K2 (03-02, 9 h), K5 (03-05, 15 h).
    expect(entries(seg('business_line', 'Broadband').byDay)).toEqual([
      ['2026-03-02', 2],
      ['2026-03-05', 1],
    ]);
    expect(segments.filter((s) => s.dim === 'channel').map((s) => s.segment)).toEqual(
      expect.arrayContaining(['Phone', 'Chat']),
    );
    expect(segments.some((s) => s.dim === 'channel' && s.segment === null)).toBe(false);
  });
});

describe('the segment cells of the spread', () => {
  const read = async (bucket: 'week' | 'hour') =>
    (await engine.query(segmentCellsSql(NO_FILTERS, D, 'answer_rate', bucket, 'business_line', [2]))).rows
      .map((r) => [r.bucket, r.segment, r.in_days, r.value, r.weight, r.calls])
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

  it('reads a week bucket and the days of the month off the daily cells', async () => {
    // All in the week of Monday 03-02. Day 2: Broadband K1 answered, K2 not (1/2); TV K3 (1/1).
    // Other days: Broadband K5 not answered (0/1); TV K4 (1/1).
    expect(await read('week')).toEqual([
      ['2026-03-02', 'Broadband', false, 0, 1, 1],
      ['2026-03-02', 'Broadband', true, 0.5, 2, 2],
      ['2026-03-02', 'TV', false, 1, 1, 1],
      ['2026-03-02', 'TV', true, 1, 1, 1],
    ]);
  });

  it('reads an hour bucket off the hourly cells', async () => {
    // 9 h: Broadband K1 K2 on day 2 (1/2), TV K4 on day 3 (1/1). 15 h: Broadband K5 (0/1), TV K3 on day 2 (1/1).
    expect(await read('hour')).toEqual([
      ['15', 'Broadband', false, 0, 1, 1],
      ['15', 'TV', true, 1, 1, 1],
      ['9', 'Broadband', true, 0.5, 2, 2],
      ['9', 'TV', false, 1, 1, 1],
    ]);
  });
});
