// @vitest-environment node
/**
 * The committed files: regenerating gives the same bytes, the Chinese (GBK)
 * variant holds the same rows and numbers as the English one, and the
 * formats are what the README promises.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';

import { generateSampleData } from '../../scripts/sample-data/generate';
import { HEADERS } from '../../scripts/sample-data/labels';
import { type Db, type Row, SAMPLE_DIR, openChinese, openEnglish } from './duckdb';

let en: Db;
let zh: Db;
beforeAll(async () => {
  [en, zh] = await Promise.all([openEnglish(), openChinese()]);
}, 60_000);

function committedFiles(): string[] {
  return ['en', 'zh'].flatMap((dir) => readdirSync(join(SAMPLE_DIR, dir)).map((f) => `${dir}/${f}`));
}

describe('regeneration', () => {
  it('generateSampleData() reproduces the committed files byte for byte', () => {
    const generated = generateSampleData();
    expect([...generated.keys()].sort()).toEqual(committedFiles().sort());
    for (const [path, bytes] of generated) {
      const onDisk = readFileSync(join(SAMPLE_DIR, path));
      expect(Buffer.from(bytes).equals(onDisk), `${path} differs: run npm run sample-data`).toBe(true);
    }
  }, 60_000);

  it('stays small (under 8 MB in all)', () => {
    const total = committedFiles().reduce((sum, f) => sum + statSync(join(SAMPLE_DIR, f)).size, 0);
    expect(total).toBeLessThan(8 * 1024 * 1024);
  });
});

describe('the Chinese variant', () => {
  const files = {
    calls: ['en/calls.csv', 'zh/来电记录.csv'],
    customers: ['en/customers.csv', 'zh/客户.csv'],
    customerMonthly: ['en/customer_monthly.csv', 'zh/客户月度收支.csv'],
    reasonMapping: ['en/reason_mapping.csv', 'zh/来电原因映射.csv'],
  } as const;

  it('is GBK with CRLF line ends and Chinese headers; the English one is UTF-8 with LF', () => {
    for (const [table, [enPath, zhPath]] of Object.entries(files)) {
      const key = table as keyof typeof files;
      const zhBytes = readFileSync(join(SAMPLE_DIR, zhPath));
      const zhText = iconv.decode(zhBytes, 'gbk');
      expect(zhText).not.toContain('\uFFFD');
      expect(zhText.split('\r\n')[0]).toBe(HEADERS.zh[key].join(','));
      expect(zhText.replace(/\r\n/g, '')).not.toContain('\n');
      const enText = readFileSync(join(SAMPLE_DIR, enPath), 'utf8');
      expect(enText.split('\n')[0]).toBe(HEADERS.en[key].join(','));
      expect(enText).not.toContain('\r');
    }
    // 接通 in GBK is BD D3 CD A8: the bytes really are GBK, not UTF-8.
    const calls = readFileSync(join(SAMPLE_DIR, 'zh/来电记录.csv'));
    expect(calls.includes(Buffer.from([0xbd, 0xd3, 0xcd, 0xa8]))).toBe(true);
  });

  it('has the same row counts and numeric totals as the English variant', async () => {
    const totals = async (db: Db, sql: string): Promise<Row | undefined> => (await db.rows(sql))[0];
    const pairs: [string, string][] = [
      [
        `SELECT count(*) AS n, sum(queue_seconds) AS q, sum(handle_seconds) AS h, sum(csat) AS s,
                count(*) FILTER (WHERE outcome = 'ANSWERED') AS a,
                count(*) FILTER (WHERE resolved = 'Y') AS y, count(notes) AS notes FROM calls`,
        `SELECT count(*) AS n, sum("排队时长") AS q, sum("通话时长") AS h, sum("满意度") AS s,
                count(*) FILTER (WHERE "呼叫结果" = '接通') AS a,
                count(*) FILTER (WHERE "是否解决" = '是') AS y, count("通话小结") AS notes FROM calls`,
      ],
      [
        `SELECT count(*) AS n, sum(round(revenue * 100)) AS r, sum(round(service_cost * 100)) AS c,
                sum(round(arrears * 100)) AS a, sum(overdue_days) AS o, sum(late_payments) AS l FROM customers`,
        `SELECT count(*) AS n, sum(round("收入" * 100)) AS r, sum(round("服务成本" * 100)) AS c,
                sum(round("欠款金额" * 100)) AS a, sum("逾期天数") AS o, sum("逾期次数") AS l FROM customers`,
      ],
      [
        `SELECT count(*) AS n, sum(round(revenue * 100)) AS r, sum(round(service_cost * 100)) AS c FROM monthly`,
        `SELECT count(*) AS n, sum(round("收入" * 100)) AS r, sum(round("服务成本" * 100)) AS c FROM monthly`,
      ],
      [
        `SELECT count(*) AS n, count(*) FILTER (WHERE status = 'active') AS active FROM mapping`,
        `SELECT count(*) AS n, count(*) FILTER (WHERE "状态" = '启用') AS active FROM mapping`,
      ],
    ];
    for (const [enSql, zhSql] of pairs) {
      const e = await totals(en, enSql);
      expect(e?.n).toBeGreaterThan(0);
      expect(await totals(zh, zhSql)).toEqual(e);
    }
  });

  it('has the same calls in the same order, with one Chinese label per English label', async () => {
    const enIds = (await en.rows(`SELECT call_id || customer_id || start_time AS k FROM calls`)).map((r) => r.k);
    const zhIds = (await zh.rows(`SELECT "通话ID" || "客户号" || "来电时间" AS k FROM calls`)).map((r) => r.k);
    expect(zhIds).toEqual(enIds);
    // Joined row by row, each English label meets exactly one Chinese label.
    for (const [enCol, zhCol] of [
      ['business_line', '业务线'],
      ['channel', '渠道'],
      ['outcome', '呼叫结果'],
      ['resolved', '是否解决'],
    ]) {
      const enVals = (await en.rows(`SELECT ${enCol} AS v FROM calls`)).map((r) => r.v);
      const zhVals = (await zh.rows(`SELECT "${zhCol}" AS v FROM calls`)).map((r) => r.v);
      const pairsSeen = new Set(enVals.map((v, i) => `${String(v)}→${String(zhVals[i])}`));
      expect(pairsSeen.size).toBe(new Set(enVals).size);
      expect(pairsSeen.size).toBe(new Set(zhVals).size);
    }
  });
});

describe('formats', () => {
  it('timestamps are naive YYYY-MM-DD HH:MM:SS within 2026-01-01..2026-06-30', () => {
    const lines = readFileSync(join(SAMPLE_DIR, 'en/calls.csv'), 'utf8').trimEnd().split('\n').slice(1);
    const bad = lines.filter((l) => !/^CL\d{6},C\d{4},2026-0[1-6]-\d\d \d\d:\d\d:\d\d,/.test(l));
    expect(bad).toEqual([]);
    expect(lines.length).toBeGreaterThan(28_000);
    expect(lines.length).toBeLessThan(33_000);
  });

  it('abandoned calls have no handle time, resolution, rating or agent', async () => {
    const [r] = await en.rows(`
      SELECT count(*) FILTER (WHERE outcome = 'ABANDONED'
               AND (handle_seconds <> 0 OR resolved IS NOT NULL OR csat IS NOT NULL OR agent IS NOT NULL)) AS bad_abandoned,
             count(*) FILTER (WHERE outcome = 'ANSWERED' AND (resolved IS NULL OR agent IS NULL)) AS bad_answered,
             count(*) FILTER (WHERE outcome NOT IN ('ANSWERED', 'ABANDONED')) AS bad_outcome,
             count(*) FILTER (WHERE csat NOT BETWEEN 1 AND 5) AS bad_csat,
             count(*) FILTER (WHERE resolved NOT IN ('Y', 'N')) AS bad_resolved
      FROM calls`);
    expect(r).toEqual({ bad_abandoned: 0, bad_answered: 0, bad_outcome: 0, bad_csat: 0, bad_resolved: 0 });
  });

  it('notes with commas and double quotes survive RFC 4180 quoting', async () => {
    const [r] = await en.rows(`
      SELECT count(*) FILTER (WHERE notes LIKE '%,%') AS commas,
             count(*) FILTER (WHERE notes LIKE '%"the bill is wrong"%') AS quotes FROM calls`);
    expect(Number(r?.commas)).toBeGreaterThan(100);
    expect(Number(r?.quotes)).toBeGreaterThan(10);
  });
});
