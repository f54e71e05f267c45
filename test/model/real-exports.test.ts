import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodsSql } from '../../src/analyses/kpi/kpi-sql';
import { readPeriods } from '../../src/analyses/kpi/kpi-shape';
import { DEFAULT_DEFINITIONS } from '../../src/metrics';
import type { Engine } from '../../src/engine/engine';
import { buildCanonicalViews, detectMapping, NO_FILTERS } from '../../src/model';
import { openTestEngine } from '../engine/open-engine';
import { loadCsvText } from './load';
import { bankCalls, hms, toCsv, type BankCall } from '../fixtures/bank-style';
import { raw } from '../../src/sql';

let engine: Engine;
beforeAll(async () => {
  engine = await openTestEngine();
});
afterAll(async () => {
  await engine.close();
});

describe('a bank-style export, loaded as a new user would', () => {
  it('proposes a composite call id, anonymous and not-offered values, and the time column by its values', async () => {
    const calls = bankCalls();
    const duplicates = calls.slice(0, 12); // the overlap of two monthly exports: 12 rows repeated whole
    const table = await loadCsvText(engine, 'bank', toCsv(calls, duplicates));
    const { mapping } = await detectMapping(engine, [table]);
    const m = mapping.calls!;
    expect(m.columns).toMatchObject({ call_id: 'call_id', customer_id: 'customer_id', started_at: 'date' });
    expect(m.callIdWith).toBe('vru+line');
    expect(m.timeColumn).toBe('vru_entry');
    expect(m.answeredValues).toEqual(['AGENT']);
    expect(m.notOfferedValues).toEqual(['PHANTOM']);
    expect(m.anonymousCustomerIds).toEqual(['0']);

    const report = await buildCanonicalViews(engine, mapping, [table]);
    // Independent count: 240 calls + 12 repeated rows loaded; PHANTOM is every 17th call (n = 0, 17, …, 238: 15).
    const phantom = calls.filter((c) => c.outcome === 'PHANTOM').length;
    expect(phantom).toBe(15);
    expect(report.total).toBe(252);
    expect(report.exclusions).toEqual({ duplicate: 12, unreadable_time: 0, unknown_outcome: 0, not_offered: 15 });
    expect(report.counted).toBe(240 - 15);

    const offered = calls.filter((c) => c.outcome !== 'PHANTOM');
    const answered = offered.filter((c) => c.outcome === 'AGENT');
    const everything = { from: '1900-01-01', to: '2100-12-31' };
    const all = readPeriods(await engine.query(periodsSql(NO_FILTERS, DEFAULT_DEFINITIONS, everything, null))).current;
    expect(all.offered).toBe(offered.length);
    expect(all.answer_rate).toBeCloseTo(answered.length / offered.length);
    // Service level: answered within 20 s of waiting ÷ offered.
    expect(all.service_level).toBeCloseTo(answered.filter((c) => c.wait <= 20).length / offered.length);
    expect(all.asa_s).toBeCloseTo(answered.reduce((s, c) => s + c.wait, 0) / answered.length);

    // Calls start at the date plus vru_entry, never at midnight.
    const first = await engine.query(
      raw(
        "select strftime(min(started_at), '%H:%M:%S') as t, count(*) filter (where hour(started_at) = 0) as midnight from canonical.calls",
      ),
    );
    const earliest = offered.reduce((a, c) => (c.day * 86_400 + c.seconds < a.day * 86_400 + a.seconds ? c : a));
    expect(first.rows[0]).toEqual({ t: hms(earliest.seconds), midnight: 0 });

    // Repeat rate, any reason, worked out here: identified callers only (customer 0 is nobody), offered calls at
    // least 7 days before the last call; a repeat is the same customer's next offered call within 7 days.
    const at = (c: BankCall) => Date.UTC(2026, 2, c.day) + c.seconds * 1000;
    const last = Math.max(...offered.map(at));
    const identified = offered.filter((c) => c.customer !== '0');
    const base = identified.filter((c) => at(c) <= last - 7 * 86_400_000);
    const repeats = base.filter((c) =>
      identified.some((o) => o.customer === c.customer && at(o) > at(c) && at(o) - at(c) <= 7 * 86_400_000),
    );
    // All calls fall in the current period (no date filter), so the counts below are over every offered call.
    expect(all.repeat_rate_any).toBeCloseTo(repeats.length / base.length);
    expect(base.length).toBeGreaterThan(0);
    const anonymous = await engine.query(raw('select count(*) as n from canonical.calls where customer_id is null'));
    expect(anonymous.rows[0]?.n).toBe(offered.filter((c) => c.customer === '0').length);
    expect(all.offered).toBe(225);
  });

  it('keeps the left-out rows apart with their reason, and counts duplicates only when asked', async () => {
    const calls = bankCalls();
    const table = await loadCsvText(engine, 'bank2', toCsv(calls, calls.slice(0, 5)));
    const { mapping } = await detectMapping(engine, [table]);
    await buildCanonicalViews(engine, mapping, [table]);
    const excluded = await engine.query(
      raw('select excluded_reason, count(*) as n from canonical.excluded group by 1 order by 1'),
    );
    expect(excluded.rows).toEqual([
      { excluded_reason: 'duplicate', n: 5 },
      { excluded_reason: 'not_offered', n: 15 },
    ]);
    // Duplicates kept on request: the 5 repeated rows include call 0, a PHANTOM, so 16 rows are not offered and
    // 245 − 16 = 229 are counted.
    const keep = { ...mapping, calls: { ...mapping.calls!, keepDuplicateRows: true } };
    const report = await buildCanonicalViews(engine, keep, [table]);
    expect(report.counted).toBe(229);
    expect(report.exclusions.duplicate).toBe(0);
  });
});

describe('a customer file with an age column', () => {
  it('proposes the unique client number as the customer id, never the age', async () => {
    const rows = Array.from({ length: 120 }, (_, i) =>
      [`K${String(7000 + i)}`, 26 + ((i * 7) % 48), ['Gold', 'Silver'][i % 2], (i * 13.5).toFixed(2)].join(','),
    );
    const table = await loadCsvText(engine, 'clients', `client_no,customer_age,segment,balance\n${rows.join('\n')}\n`);
    const { mapping } = await detectMapping(engine, [table]);
    expect(mapping.customers?.columns.customer_id).toBe('client_no');
  });
});
