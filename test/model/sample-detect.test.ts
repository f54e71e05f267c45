import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine';
import { buildCanonicalViews, detectMapping, type SourceTable } from '../../src/model';
import { openTestEngine } from '../engine/open-engine';
import { loadCsvFile } from './load';
import { raw } from '../../src/sql';

const ROOT = join(import.meta.dirname, '../../sample-data');
const VARIANTS = [
  { lang: 'en', gbk: false, files: ['calls', 'customers', 'customer_monthly', 'reason_mapping'] },
  { lang: 'zh', gbk: true, files: ['来电记录', '客户', '客户月度收支', '来电原因映射'] },
] as const;

let engine: Engine;
beforeAll(async () => {
  engine = await openTestEngine();
});
afterAll(async () => {
  await engine.close();
});

describe.each(VARIANTS)('auto-detection on the $lang sample data', ({ lang, gbk, files }) => {
  const present = files.every((f) => existsSync(join(ROOT, lang, `${f}.csv`)));
  it.skipIf(!present)('maps every table and role with no correction', async () => {
    const tables: SourceTable[] = [];
    for (const f of files) tables.push(await loadCsvFile(engine, join(ROOT, lang, `${f}.csv`), gbk));
    const [calls, customers, monthly, reasons] = tables.map((t) => t.table);
    const { mapping, confidence } = await detectMapping(engine, tables);
    const col = (i: number) => tables[0]!.columns[i]!.name;
    expect(mapping.calls).toEqual({
      table: calls,
      columns: {
        call_id: col(0),
        customer_id: col(1),
        started_at: col(2),
        business_line: col(3),
        channel: col(4),
        wait_s: col(5),
        handle_s: col(6),
        answered: col(7),
        reason: col(8),
        resolved: col(9),
        satisfaction: col(10),
        agent: col(11),
        notes: col(12),
      },
      answeredValues: [lang === 'en' ? 'ANSWERED' : '接通'],
      durationUnit: 'seconds',
    });
    const cust = tables[1]!.columns.map((c) => c.name);
    expect(mapping.customers).toEqual({
      table: customers,
      columns: {
        customer_id: cust[0],
        customer_name: cust[1],
        segment: cust[2],
        joined_at: cust[3],
        revenue: cust[4],
        service_cost: cust[5],
        arrears: cust[6],
        overdue_days: cust[7],
        late_payments: cust[8],
      },
    });
    const pm = tables[2]!.columns.map((c) => c.name);
    expect(mapping.periods).toEqual({
      table: monthly,
      columns: { customer_id: pm[0], period: pm[1], revenue: pm[2], service_cost: pm[3] },
    });
    const rc = tables[3]!.columns.map((c) => c.name);
    expect(mapping.reasons).toEqual({
      table: reasons,
      columns: {
        raw_code: rc[0],
        reason: rc[1],
        category: rc[2],
        status: rc[3],
        merged_into: rc[4],
        valid_from: rc[5],
        valid_to: rc[6],
      },
    });
    expect(confidence.calls?.columns.started_at).toBeGreaterThan(0.8);
    const report = await buildCanonicalViews(engine, mapping, tables);
    expect(report.excluded).toBe(0);
    const check = await engine.query(
      raw('select count(*) as n, count(*) filter (where reason_category is null) as no_category from canonical.calls'),
    );
    expect(check.rows[0]?.n).toBe(tables[0]!.rows);
    expect(check.rows[0]?.no_category).toBe(0);
    // 11,749 monthly rows, each with a readable month: 2026-01 … 2026-06.
    const periods = await engine.query(
      raw(
        "select count(*) as n, strftime(min(period), '%Y-%m') as first, strftime(max(period), '%Y-%m') as last from canonical.customer_periods",
      ),
    );
    expect(periods.rows[0]).toEqual({ n: 11_749, first: '2026-01', last: '2026-06' });
  });
});
