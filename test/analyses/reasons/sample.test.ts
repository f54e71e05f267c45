import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSpike } from '../../../src/analyses/reasons/contribution-shape';
import { emergingFindings, readEmerging } from '../../../src/analyses/reasons/emerging-shape';
import { emergingSql } from '../../../src/analyses/reasons/emerging-sql';
import { readReasonTable } from '../../../src/analyses/reasons/matrix-shape';
import { matrixSql } from '../../../src/analyses/reasons/matrix-sql';
import { pickDip, readHeat } from '../../../src/analyses/reasons/heatmap-shape';
import { heatmapSql } from '../../../src/analyses/reasons/heatmap-sql';
import { spikeSql } from '../../../src/analyses/reasons/spike-sql';
import { readTags, tagFindings } from '../../../src/analyses/reasons/tags-shape';
import { tagsSql } from '../../../src/analyses/reasons/tags-sql';
import { compareWindows, spanSql } from '../../../src/analyses/reasons/window-sql';
import type { Engine } from '../../../src/engine/engine';
import { translate } from '../../../src/i18n';
import { DEFAULT_DEFINITIONS } from '../../../src/metrics';
import { buildCanonicalViews, detectMapping, NO_FILTERS, type SourceTable } from '../../../src/model';
import { raw } from '../../../src/sql';
import { openTestEngine } from '../../engine/open-engine';
import { loadCsvFile } from '../../model/load';
import '../../setup-messages';

const ROOT = join(import.meta.dirname, '../../../sample-data');
const VARIANTS = [
  { lang: 'en', gbk: false, files: ['calls', 'customers', 'customer_monthly', 'reason_mapping'] },
  { lang: 'zh', gbk: true, files: ['来电记录', '客户', '客户月度收支', '来电原因映射'] },
] as const;
const say = (key: string, params?: Record<string, string | number>) => translate('en', key, params);
const d = DEFAULT_DEFINITIONS;

let engine: Engine;
beforeAll(async () => {
  engine = await openTestEngine();
});
afterAll(async () => {
  await engine.close();
});

describe.each(VARIANTS)('the $lang sample data, found without hints', ({ lang, gbk, files }) => {
  beforeAll(async () => {
    const tables: SourceTable[] = [];
    for (const f of files) tables.push(await loadCsvFile(engine, join(ROOT, lang, `${f}.csv`), gbk));
    const { mapping } = await detectMapping(engine, tables);
    await buildCanonicalViews(engine, mapping, tables);
  });

  it('shows every reason with full coverage; R25 counts under R01', async () => {
    const table = readReasonTable(await engine.query(matrixSql(NO_FILTERS, d)));
    // 30,599 calls, 26 codes of which R25 is merged into R01 → 25 reasons; every code is mapped, none is "other".
    expect(table.offered).toBe(30_599);
    expect(table.reasons).toHaveLength(25);
    expect(table.coverage).toBe(0);
    expect(table.reasons.find((r) => r.code === 'R25')).toBeUndefined();
    expect(table.reasons.map((r) => r.values.share ?? 0).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it('finds R23 emerging from April and R24 disappearing after February', async () => {
    const span = (await engine.query(spanSql(NO_FILTERS))).rows[0]!;
    const windows = compareWindows({ from: String(span.first), to: String(span.last) }, 28, 84);
    const e = readEmerging(await engine.query(emergingSql(NO_FILTERS, d, windows)), windows);
    const findings = emergingFindings(e, say);
    const emerging = findings.filter((f) => f.kind === 'emerging');
    const gone = findings.filter((f) => f.kind === 'disappearing');
    expect(emerging.map((f) => f.segment)).toEqual(['R23']);
    // R23 is valid from 2026-04-08 (sample-data README, story 5); its first call in the data is on 2026-04-13.
    const first = await engine.query(
      raw("select strftime(min(started_at), '%Y-%m-%d') as d from canonical.calls where reason_code = 'R23'"),
    );
    expect(first.rows[0]!.d).toBe('2026-04-13');
    expect(emerging[0]!.period).toBe('2026-04-13/2026-06-30');
    expect(emerging[0]!.sentence).toContain('clear signal');
    expect(gone.map((f) => f.segment)).toEqual(['R24']);
    // R24: 43 + 24 = 67 calls, the last in February.
    expect(gone[0]!.support).toBe(67);
    expect(gone[0]!.period!.slice(11, 18)).toBe('2026-02');
  });

  it('puts R08 "System slow or outage" behind the dip at the worst hour', async () => {
    const heat = readHeat(await engine.query(heatmapSql(NO_FILTERS, d, 'hour')));
    const hour = pickDip(heat);
    expect(hour).toBe(15);
    const target = {
      days: { from: '2026-01-01', to: '2026-06-30' },
      hourFrom: 15,
      hourTo: 15,
      baseline: 'rest',
    } as const;
    const x = readSpike(await engine.query(spikeSql(NO_FILTERS, d, target)));
    const top = [...x.reasons].sort((a, b) => b.volume - a.volume)[0]!;
    expect(top.code).toBe('R08');
    // R08 is 532 of 3,480 calls at 15:00 (15.3%) against 340 of 27,119 elsewhere (1.25%).
    expect(top.share1).toBeCloseTo(532 / 3480, 6);
    expect(top.share0).toBeCloseTo(340 / 27_119, 6);
    const sum = x.reasons.reduce((s, r) => s + r.mix + r.rate, 0);
    expect(sum).toBeCloseTo(x.rate1! - x.rate0!, 10);
  });

  it('tags competitor mentions in both languages, peaking in May', async () => {
    const rules = [{ name: 'SkyNet', include: ['SkyNet Telecom', '天网通信'], exclude: [] }];
    const tags = readTags(await engine.query(tagsSql(NO_FILTERS, d, rules)), rules);
    expect(tags[0]!.months.map((m) => m.n)).toEqual([8, 11, 5, 13, 101, 32]);
    const findings = tagFindings(tags, say);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.period).toBe('2026-05');
  });
});
