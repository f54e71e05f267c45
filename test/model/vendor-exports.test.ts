import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine';
import { buildCanonicalViews, detectMapping, type Mapping } from '../../src/model';
import { openTestEngine } from '../engine/open-engine';
import { loadCsvFile } from './load';
import { raw } from '../../src/sql';

const DIR = join(import.meta.dirname, '../fixtures/exports');

let engine: Engine;
beforeAll(async () => {
  engine = await openTestEngine();
});
afterAll(async () => {
  await engine.close();
});

async function detect(files: string[]) {
  const tables = [];
  for (const f of files) tables.push(await loadCsvFile(engine, join(DIR, f)));
  const proposal = await detectMapping(engine, tables);
  const report = await buildCanonicalViews(engine, proposal.mapping, tables);
  const counts = await engine.query(
    raw(
      'select count(*) as n, count(*) filter (where answered) as answered, sum(handle_s) as handle from canonical.calls',
    ),
  );
  return { ...proposal, report, counts: counts.rows[0] };
}

describe('auto-detection on other vendors’ exports', () => {
  it('maps a Genesys-style export: date and time apart, hh:mm:ss durations, Handled/Abandoned', async () => {
    const { mapping, report, counts } = await detect(['genesys-en/interactions.csv', 'genesys-en/accounts.csv']);
    expect(mapping.calls).toEqual<Mapping['calls']>({
      table: 'interactions',
      columns: {
        call_id: 'Interaction ID',
        customer_id: 'ANI',
        started_at: 'Date',
        business_line: 'Queue',
        channel: 'Media Type',
        wait_s: 'Wait Time',
        handle_s: 'Talk Time',
        answered: 'Disposition',
        reason: 'Topic',
        agent: 'Agent Name',
        resolved: 'FCR',
        satisfaction: 'Survey Score',
      },
      timeColumn: 'Time',
      answeredValues: ['Handled'],
      durationUnit: 'hms',
    });
    expect(mapping.customers?.columns).toEqual({
      customer_id: 'Account Number',
      segment: 'Tier',
      revenue: 'Annual Revenue',
      service_cost: 'Cost to Serve',
      joined_at: 'Customer Since',
    });
    expect(report.excluded).toBe(0);
    // 24 calls; every fifth (i % 5 = 3: i = 3, 8, 13, 18, 23) abandoned → 19 answered.
    expect(counts).toMatchObject({ n: 24, answered: 19 });
  });

  it('maps a Chinese vendor export: 呼入时间 with slashes, 已接通/未接通, 是/否', async () => {
    const { mapping, report, counts } = await detect(['tianrun-zh/通话明细.csv', 'tianrun-zh/客户资料.csv']);
    expect(mapping.calls).toEqual<Mapping['calls']>({
      table: '通话明细',
      columns: {
        call_id: '流水号',
        customer_id: '主叫号码',
        started_at: '呼入时间',
        business_line: '技能组',
        answered: '接通状态',
        wait_s: '等待时长(秒)',
        handle_s: '通话时长(秒)',
        reason: '诉求',
        agent: '坐席',
        resolved: '一次解决',
        satisfaction: '评价',
        notes: '备注',
      },
      answeredValues: ['已接通'],
      durationUnit: 'seconds',
    });
    expect(mapping.customers?.columns).toEqual({
      customer_id: '用户号码',
      segment: '客户类别',
      revenue: '月消费',
      service_cost: '服务费用',
      joined_at: '开户日期',
    });
    expect(report.excluded).toBe(0);
    // 20 calls; i % 4 = 1 (i = 1, 5, 9, 13, 17) abandoned → 15 answered.
    expect(counts).toMatchObject({ n: 20, answered: 15 });
  });

  it('maps an Amazon Connect-style export: ISO timestamps, 1/0 answered, minutes', async () => {
    const { mapping, report, counts } = await detect(['connect-en/contacts.csv']);
    expect(mapping.calls).toEqual<Mapping['calls']>({
      table: 'contacts',
      columns: {
        call_id: 'Contact ID',
        customer_id: 'Customer Phone',
        started_at: 'Initiation Timestamp',
        channel: 'Channel',
        business_line: 'Queue Name',
        wait_s: 'Time in Queue (min)',
        handle_s: 'Handle Time (min)',
        answered: 'Answered',
        reason: 'Contact Reason',
        reason_category: 'Issue Category',
        agent: 'Agent ID',
        resolved: 'Resolved',
        satisfaction: 'CSAT',
      },
      answeredValues: ['1'],
      durationUnit: 'minutes',
    });
    expect(report.excluded).toBe(0);
    // 18 contacts, i % 6 = 2 (i = 2, 8, 14) unanswered → 15. Handle minutes of answered: Σ (4 + 0.5 i) over the
    // 15 answered i = (18 × 4 + 0.5 × 153) − (3 × 4 + 0.5 × 24) = 148.5 − 24 = 124.5 min = 7470 s.
    expect(counts).toMatchObject({ n: 18, answered: 15, handle: 7470 });
  });
});
