// @vitest-environment node
/**
 * The planted stories of sample-data/ (see sample-data/README.md), each found
 * with plain SQL over the English CSV files, as an analyst would.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { generateModel } from '../../scripts/sample-data/generate';
import { type Db, SAMPLE_DIR, field, openEnglish } from './duckdb';

let db: Db;
beforeAll(async () => {
  db = await openEnglish();
}, 60_000);

const ANSWERED = `CASE WHEN outcome = 'ANSWERED' THEN 1.0 ELSE 0.0 END`;

describe('story 1: lines 1 and 5 surge at month start and inflate the answer rate sd', () => {
  it('month-start volume ratio is > 2 for Broadband and Enterprise, < 1.3 for the others', async () => {
    const rows = await db.rows(`
      WITH daily AS (
        SELECT business_line, CAST(start_time AS DATE) AS d, count(*) AS n FROM calls GROUP BY ALL)
      SELECT business_line,
             avg(n) FILTER (WHERE day(d) <= 3) / avg(n) FILTER (WHERE day(d) > 3) AS ratio
      FROM daily GROUP BY business_line ORDER BY business_line`);
    const ratio = Object.fromEntries(rows.map((r) => [String(r.business_line), Number(r.ratio)]));
    // Measured: Broadband 2.68, Enterprise 2.82; Fixed line 0.95, Mobile 1.02, TV 1.01.
    // Designed: ×2.75 on days 1-3 for lines 1 and 5, ×1.04 for the others.
    expect(ratio.Broadband).toBeGreaterThan(2);
    expect(ratio.Enterprise).toBeGreaterThan(2);
    for (const line of ['Mobile', 'TV', 'Fixed line']) expect(ratio[line]).toBeLessThan(1.3);
  });

  it('their answer rate drops on days 1-3', async () => {
    const drop = await db.num(`
      SELECT avg(${ANSWERED}) FILTER (WHERE day(start_time) > 3)
           - avg(${ANSWERED}) FILTER (WHERE day(start_time) <= 3)
      FROM calls WHERE business_line IN ('Broadband', 'Enterprise')`);
    // Measured: about 0.91 on other days vs 0.68 on days 1-3, a drop of ~0.23.
    expect(drop).toBeGreaterThan(0.15);
  });

  it('the daily answer rate sd is clearly larger with them than without them', async () => {
    const sd = async (where: string): Promise<number> =>
      db.num(`
        WITH daily AS (
          SELECT CAST(start_time AS DATE) AS d, avg(${ANSWERED}) AS ar FROM calls ${where} GROUP BY 1)
        SELECT stddev_samp(ar) FROM daily`);
    const all = await sd('');
    const without = await sd(`WHERE business_line NOT IN ('Broadband', 'Enterprise')`);
    // Expected: 18 of 181 days (days 1-3 of six months) answer ~0.70 instead of ~0.91, so the
    // month-start days alone add an sd of about 0.21 × sqrt(0.1 × 0.9) ≈ 0.063 on top of the noise.
    // Measured: sd 0.057 with all lines, 0.033 without lines 1 and 5 (ratio 1.7).
    expect(all).toBeGreaterThan(without * 1.4);
  });

  it('leaving out lines 1 and 5 lowers the sd more than leaving out any other pair', async () => {
    const best = await db.rows(`
      WITH lines AS (SELECT DISTINCT business_line AS l FROM calls),
      pairs AS (SELECT a.l AS a, b.l AS b FROM lines a JOIN lines b ON a.l < b.l),
      daily AS (
        SELECT p.a, p.b, CAST(c.start_time AS DATE) AS d, avg(${ANSWERED}) AS ar
        FROM pairs p JOIN calls c ON c.business_line NOT IN (p.a, p.b) GROUP BY ALL)
      SELECT a, b, stddev_samp(ar) AS sd FROM daily GROUP BY a, b ORDER BY sd LIMIT 1`);
    expect(best[0]).toMatchObject({ a: 'Broadband', b: 'Enterprise' });
  });
});

describe('story 2: the 15:00 answer-rate dip comes with "System slow or outage" (R08)', () => {
  it('hour 15 answers >= 8 points less than the other open hours, and R08 crowds it', async () => {
    const [r] = await db.rows(`
      WITH h AS (
        SELECT hour(start_time) AS hr, avg(${ANSWERED}) AS ar FROM calls GROUP BY 1)
      SELECT (SELECT ar FROM h WHERE hr = 15) AS ar15,
             (SELECT avg(ar) FROM h WHERE hr <> 15) AS ar_other,
             (SELECT avg(CASE WHEN reason_code = 'R08' THEN 1.0 ELSE 0 END)
                FROM calls WHERE hour(start_time) = 15) AS share15,
             (SELECT avg(CASE WHEN reason_code = 'R08' THEN 1.0 ELSE 0 END)
                FROM calls WHERE hour(start_time) <> 15) AS share_other`);
    // Measured: 0.765 vs 0.899 (13.4 points); R08 is 15.3% of hour 15 vs 1.25% elsewhere (~12x).
    // Designed: answer probability −0.13 at 15:00, R08 weight ×2.5 plus ~3 extra R08 contacts a day.
    expect(field(r, 'ar_other') - field(r, 'ar15')).toBeGreaterThanOrEqual(0.08);
    expect(field(r, 'share15') / field(r, 'share_other')).toBeGreaterThan(5);
  });

  it('nobody calls while the centre is closed (22:00-08:00)', async () => {
    const closed = await db.num(
      `SELECT count(*) FROM calls WHERE hour(start_time) >= 22 OR hour(start_time) < 8`,
    );
    expect(closed).toBe(0);
  });
});

describe('story 3: polarised customer value and the seed-002 pair', () => {
  it('C0001 earns 200,000 on 100,000 (ratio 1); C0002 earns 100,000 on 20,000 (ratio 4)', async () => {
    const rows = await db.rows(`
      SELECT customer_id, revenue, service_cost, (revenue - service_cost) / service_cost AS ratio
      FROM customers WHERE customer_id IN ('C0001', 'C0002') ORDER BY customer_id`);
    // (200000 - 100000) / 100000 = 1; (100000 - 20000) / 20000 = 4
    expect(rows).toEqual([
      { customer_id: 'C0001', revenue: 200000, service_cost: 100000, ratio: 1 },
      { customer_id: 'C0002', revenue: 100000, service_cost: 20000, ratio: 4 },
    ]);
  });

  it('the top 20% of customers by net value hold more than half of it; heavy right tail', async () => {
    const [r] = await db.rows(`
      WITH v AS (
        SELECT revenue - service_cost AS net,
               row_number() OVER (ORDER BY revenue - service_cost DESC) AS rk,
               count(*) OVER () AS n
        FROM customers)
      SELECT sum(net) FILTER (WHERE rk <= n * 0.2) / sum(net) AS top20,
             avg(net) / median(net) AS mean_over_median, skewness(net) AS skew FROM v`);
    // Measured: top 20% hold 91%; mean 3,802 vs median 472 yuan (ratio 8); skewness 6.8.
    expect(field(r, 'top20')).toBeGreaterThan(0.5);
    expect(field(r, 'mean_over_median')).toBeGreaterThan(3);
    expect(field(r, 'skew')).toBeGreaterThan(2);
  });

  it('customer totals equal the sum of their months to the cent', async () => {
    const mismatches = await db.num(`
      WITH m AS (
        SELECT customer_id, sum(round(revenue * 100)) AS r, sum(round(service_cost * 100)) AS k
        FROM monthly GROUP BY 1)
      SELECT count(*) FROM customers c LEFT JOIN m USING (customer_id)
      WHERE round(c.revenue * 100) <> coalesce(m.r, 0)
         OR round(c.service_cost * 100) <> coalesce(m.k, 0)`);
    expect(mismatches).toBe(0);
  });

  it('service cost follows the calls: handle minutes x 2.5 + contacts x 3, within noise', async () => {
    const [r] = await db.rows(`
      WITH w AS (
        SELECT customer_id, sum(handle_seconds) / 60 * 2.5 + count(*) * 3 AS worked
        FROM calls GROUP BY 1)
      SELECT sum(c.service_cost) / sum(w.worked) AS ratio, corr(c.service_cost, w.worked) AS r
      FROM customers c JOIN w USING (customer_id)
      WHERE c.customer_id NOT IN ('C0001', 'C0002')`);
    expect(field(r, 'ratio')).toBeGreaterThan(0.97);
    expect(field(r, 'ratio')).toBeLessThan(1.03);
    expect(field(r, 'r')).toBeGreaterThan(0.95);
  });
});

describe('story 4: customers suddenly asking basic questions (likely staff change)', () => {
  it('finds exactly the ten planted customers, who are named in the README', async () => {
    const rows = await db.rows(`
      WITH c AS (
        SELECT customer_id, start_time >= TIMESTAMP '2026-05-20' AS recent,
               CASE WHEN reason_code IN ('R02', 'R10', 'R14') THEN 1.0 ELSE 0 END AS basic
        FROM calls),
      s AS (
        SELECT customer_id,
               count(*) FILTER (WHERE NOT recent) AS n_base, avg(basic) FILTER (WHERE NOT recent) AS base,
               count(*) FILTER (WHERE recent) AS n_recent, avg(basic) FILTER (WHERE recent) AS recent
        FROM c GROUP BY 1)
      SELECT customer_id FROM s
      WHERE n_base >= 5 AND n_recent >= 10 AND recent - base >= 0.3 ORDER BY customer_id`);
    // Measured: the ten planted, baseline basic share 0-35%, recent 44-92% on 12-21 recent contacts;
    // non-planted customers with a similar shift have at most 9 recent contacts.
    const found = rows.map((r) => String(r.customer_id));
    const planted = [...generateModel().basicShift].sort();
    expect(found).toEqual(planted);
    const readme = readFileSync(join(SAMPLE_DIR, 'README.md'), 'utf8');
    for (const id of planted) expect(readme).toContain(id);
  }, 30_000);
});

describe('story 5: an emerging reason and a retired one', () => {
  it('"Summer promotion enquiry" (R23) first appears in April and grows', async () => {
    const rows = await db.rows(`
      SELECT month(start_time) AS m, count(*) FILTER (WHERE reason_code = 'R23') AS n,
             count(*) FILTER (WHERE reason_code = 'R23') / count(*) AS share
      FROM calls GROUP BY 1 ORDER BY 1`);
    const n = rows.map((r) => Number(r.n));
    // Measured: 0, 0, 0, 25, 146, 346 (June share 6.4%).
    expect(n.slice(0, 3)).toEqual([0, 0, 0]);
    expect(n[3]).toBeGreaterThan(0);
    expect(n[4]).toBeGreaterThan(2 * (n[3] ?? 0));
    expect(n[5]).toBeGreaterThan(n[4] ?? 0);
    expect(field(rows[5], 'share')).toBeGreaterThan(0.03);
    const first = await db.rows(`SELECT CAST(valid_from AS VARCHAR) AS v FROM mapping WHERE raw_code = 'R23'`);
    expect(first).toEqual([{ v: '2026-04-08' }]);
  });

  it('the retired code (R24) stops by its valid_to, and no code is used outside its validity', async () => {
    const retired = await db.rows(`
      SELECT raw_code, CAST(valid_to AS VARCHAR) AS valid_to FROM mapping WHERE status = 'retired'`);
    expect(retired).toEqual([{ raw_code: 'R24', valid_to: '2026-02-28' }]);
    const [r] = await db.rows(`
      SELECT count(*) FILTER (WHERE month(start_time) = 1) AS jan,
             count(*) FILTER (WHERE month(start_time) = 2) AS feb,
             count(*) FILTER (WHERE start_time >= TIMESTAMP '2026-03-01') AS after
      FROM calls WHERE reason_code = 'R24'`);
    // Measured: it fades out, Jan 43, Feb 24, none after 2026-02-28.
    expect(field(r, 'jan')).toBeGreaterThan(field(r, 'feb'));
    expect(field(r, 'feb')).toBeGreaterThan(0);
    expect(field(r, 'after')).toBe(0);
    const outside = await db.num(`
      SELECT count(*) FROM calls c JOIN mapping m ON c.reason_code = m.raw_code
      WHERE CAST(c.start_time AS DATE) < m.valid_from
         OR (m.valid_to IS NOT NULL AND CAST(c.start_time AS DATE) > m.valid_to)`);
    expect(outside).toBe(0);
    const unmapped = await db.num(
      `SELECT count(*) FROM calls WHERE reason_code NOT IN (SELECT raw_code FROM mapping)`,
    );
    expect(unmapped).toBe(0);
  });
});

describe('story 6: competitor mentions in notes jump in May', () => {
  it('"SkyNet Telecom" and "switch to" are several times more frequent in May', async () => {
    const rows = await db.rows(`
      SELECT month(start_time) AS m,
             count(*) FILTER (WHERE notes ILIKE '%SkyNet Telecom%') AS competitor,
             count(*) FILTER (WHERE notes ILIKE '%switch to%') AS switching
      FROM calls GROUP BY 1 ORDER BY 1`);
    const competitor = rows.map((r) => Number(r.competitor));
    const switching = rows.map((r) => Number(r.switching));
    // Measured: competitor 8, 11, 5, 13, 101, 32; "switch to" 2, 3, 2, 3, 59, 18.
    // So May 101 > 4 × mean(8, 11, 5, 13) = 37 and > 2 × 32; "switch to" 59 > 4 × mean(2, 3, 2, 3, 18) = 22.4.
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(competitor[4]).toBeGreaterThan(4 * mean(competitor.slice(0, 4)));
    expect(competitor[4]).toBeGreaterThan(2 * (competitor[5] ?? 0));
    expect(switching[4]).toBeGreaterThan(4 * mean([...switching.slice(0, 4), switching[5] ?? 0]));
    expect(Math.min(...competitor)).toBeGreaterThan(0);
  });
});

describe('story 7: credit tiers A-D and product improvers', () => {
  it('every arrears tier has a healthy count', async () => {
    const rows = await db.rows(`
      SELECT CASE WHEN arrears = 0 AND late_payments = 0 THEN 'A'
                  WHEN arrears = 0 THEN 'B'
                  WHEN overdue_days <= 180 THEN 'C' ELSE 'D' END AS tier,
             count(*) AS n, min(overdue_days) AS min_od, max(overdue_days) AS max_od,
             median(arrears) AS median_arrears
      FROM customers GROUP BY 1 ORDER BY 1`);
    const tier = Object.fromEntries(rows.map((r) => [String(r.tier), r]));
    // Measured: A 1099, B 502, C 243 (30-90 days overdue), D 156 (185-420 days).
    for (const t of ['A', 'B', 'C', 'D']) expect(field(tier[t], 'n')).toBeGreaterThanOrEqual(100);
    expect(tier.A).toMatchObject({ min_od: 0, max_od: 0 });
    expect(tier.B).toMatchObject({ min_od: 0, max_od: 0 });
    expect(tier.C).toMatchObject({ min_od: 30, max_od: 90 });
    expect(field(tier.D, 'min_od')).toBeGreaterThan(180);
    expect(field(tier.D, 'median_arrears')).toBeGreaterThan(field(tier.C, 'median_arrears'));
  });

  it('at least 30 customers often report defects, complaints or suggestions', async () => {
    const improvers = await db.num(`
      WITH k AS (
        SELECT c.customer_id, count(*) AS n,
               count(*) FILTER (WHERE m.category = 'Complaint & feedback') AS k
        FROM calls c JOIN mapping m ON c.reason_code = m.raw_code GROUP BY 1)
      SELECT count(*) FROM k WHERE k >= 3 AND k >= 0.3 * n`);
    // Measured: 53 customers (55 planted at ~45% + chance; the everyday share of R18-R20 is ~5%).
    expect(improvers).toBeGreaterThanOrEqual(30);
  });
});
