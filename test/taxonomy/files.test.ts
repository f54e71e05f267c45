import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  canonicalRows,
  mergeReasons,
  taxonomyFromCsv,
  taxonomyToCsv,
  type EditResult,
  type Taxonomy,
} from '../../src/model/taxonomy';
import { readTaxonomyFile, taxonomyFromJson, taxonomyToJson } from '../../src/spec/taxonomy-file';
import { billing } from './fixtures';

const SAMPLE = join(import.meta.dirname, '../../sample-data');
const ok = (r: EditResult): Taxonomy => {
  if (!r.ok) throw new Error(r.error);
  return r.taxonomy;
};
const bytes = (text: string) => new TextEncoder().encode(text);
/** The same taxonomy with reason ids numbered in order and codes sorted: what a CSV can carry. */
function canonicalForm(t: Taxonomy): Taxonomy {
  const ids = new Map(t.reasons.map((r, i) => [r.id, `r${i + 1}`]));
  const id = (x: string | undefined) => (x === undefined ? undefined : ids.get(x));
  const strip = <T extends object>(o: T) => JSON.parse(JSON.stringify(o)) as T;
  return strip({
    categories: t.categories,
    reasons: t.reasons.map((r) => ({ ...r, id: id(r.id)!, mergedInto: id(r.mergedInto), parent: id(r.parent) })),
    codes: [...t.codes].sort((a, b) => a.code.localeCompare(b.code)).map((c) => ({ ...c, reason: id(c.reason) })),
    rules: t.rules.map((r) => ({ ...r, reason: id(r.reason)! })),
  });
}

describe('the sample mapping as a taxonomy', () => {
  it('reads the English CSV: 24 reasons in use, R24 retired, R25 merged into R01’s reason', () => {
    const read = taxonomyFromCsv(readFileSync(join(SAMPLE, 'en/reason_mapping.csv'), 'utf8'));
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    const t = read.value;
    // 26 codes; R01..R23 and R26 are 24 active reasons, R24 one retired, R25 one merged = 26 reasons
    expect(t.codes).toHaveLength(26);
    expect(t.reasons).toHaveLength(26);
    const r24 = t.reasons.find((r) => r.id === t.codes.find((c) => c.code === 'R24')!.reason)!;
    expect(r24).toMatchObject({ name: 'Dial-up internet support', status: 'retired', validTo: '2026-02-28' });
    const rows = canonicalRows(t);
    expect(rows.find((r) => r.raw_code === 'R25')).toMatchObject({ reason: 'Bill explanation', merged_into: 'R01' });
    expect(t.categories).toEqual([
      'Billing',
      'Technical fault',
      'Account',
      'Product enquiry',
      'Complaint & feedback',
      'Sales & promotion',
    ]);
  });

  it('reads the Chinese GBK file with its Chinese headers and statuses', () => {
    const read = readTaxonomyFile(readFileSync(join(SAMPLE, 'zh/来电原因映射.csv')));
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    const rows = canonicalRows(read.value);
    expect(rows.find((r) => r.raw_code === 'R25')).toMatchObject({
      reason: '账单解释',
      category: '账单费用',
      status: 'merged',
    });
    expect(rows.find((r) => r.raw_code === 'R24')).toMatchObject({ status: 'retired', valid_to: '2026-02-28' });
  });
});

describe('export and import round-trip', () => {
  const edited = (): Taxonomy => ({
    ...ok(mergeReasons(billing(), 'b', 'a', '2026-03-15')),
    reasons: [
      ...ok(mergeReasons(billing(), 'b', 'a', '2026-03-15')).reasons,
      { id: 'sub', name: 'Roaming charges, "abroad"', category: 'Billing', parent: 'a', status: 'active' },
      { id: 'empty', name: '新原因', category: '账单费用', status: 'active' },
    ],
    categories: ['Billing', 'Technical fault', '账单费用'],
    codes: [...billing().codes, { code: 'R30', reason: 'sub', validFrom: '2026-01-01', validTo: '2026-06-30' }],
  });

  it('JSON gives back the identical taxonomy, rules included', () => {
    const t = { ...edited(), rules: [{ id: 'x', kind: 'prefix' as const, value: 'R7', reason: 'c' }] };
    expect(taxonomyFromJson(taxonomyToJson(t, 'test'))).toEqual({ ok: true, value: t });
  });

  it('CSV (the sample’s columns, plus sub_reason) gives back the same taxonomy', () => {
    const t = edited();
    const csv = taxonomyToCsv(t);
    expect(csv.split('\n')[0]).toBe('raw_code,reason,category,status,merged_into,valid_from,valid_to,sub_reason');
    expect(csv).toContain('R25,Bill dispute,Billing,merged,R01,2024-01-01,2026-03-15,');
    expect(csv).toContain('R30,Bill explanation,Billing,active,,2026-01-01,2026-06-30,"Roaming charges, ""abroad"""');
    const back = readTaxonomyFile(bytes(csv));
    if (!back.ok) throw new Error(JSON.stringify(back.problem));
    expect(canonicalForm(back.value)).toEqual(canonicalForm(t));
    // and what it applies is the same
    expect(canonicalRows(back.value)).toEqual(canonicalRows(t));
  });

  it('CSV written as GBK (a Chinese Windows save) reads the same', () => {
    const t = edited();
    const back = readTaxonomyFile(iconv.encode(taxonomyToCsv(t), 'gbk'));
    expect(back.ok && canonicalForm(back.value)).toEqual(canonicalForm(t));
  });
});

describe('corrupt files say what, where, and keep nothing half-read', () => {
  it.each([
    ['truncated JSON', '{"type":"callsight/taxonomy","version":1,', { kind: 'bad-json' }],
    ['a views export', '{"type":"callsight/views","version":1}', { kind: 'not-a-taxonomy', where: 'type' }],
    [
      'a newer version',
      '{"type":"callsight/taxonomy","version":9,"taxonomy":{}}',
      { kind: 'newer-version', version: 9 },
    ],
    [
      'a reason without a name',
      '{"type":"callsight/taxonomy","version":1,"taxonomy":{"categories":[],"reasons":[{"id":"a","category":"X","status":"active"}],"codes":[],"rules":[]}}',
      { kind: 'not-a-taxonomy', where: 'taxonomy.reasons[0]' },
    ],
    [
      'a JSON merge into a missing reason',
      '{"type":"callsight/taxonomy","version":1,"taxonomy":{"categories":[],"reasons":[{"id":"a","name":"A","category":"X","status":"merged","mergedInto":"zz"}],"codes":[],"rules":[]}}',
      { kind: 'unknown-merge-target', where: 'taxonomy.reasons[0].mergedInto', value: 'zz' },
    ],
    [
      'a JSON merge cycle',
      '{"type":"callsight/taxonomy","version":1,"taxonomy":{"categories":[],"reasons":[{"id":"a","name":"A","category":"X","status":"merged","mergedInto":"b"},{"id":"b","name":"B","category":"X","status":"merged","mergedInto":"a"}],"codes":[],"rules":[]}}',
      { kind: 'merge-cycle', where: 'taxonomy.reasons[0]', value: 'A' },
    ],
    [
      'wrong columns',
      'code_x,label,group\nR01,Bill,Billing\n',
      { kind: 'missing-columns', columns: ['raw_code', 'reason', 'category'] },
    ],
    [
      'an unknown status',
      'raw_code,reason,category,status\nR01,A,X,active\nR02,B,X,paused\n',
      { kind: 'bad-value', line: 3, column: 'status', value: 'paused' },
    ],
    [
      'an impossible date',
      'raw_code,reason,category,valid_to\nR01,A,X,2026-02-30\n',
      { kind: 'bad-value', line: 2, column: 'valid_to', value: '2026-02-30' },
    ],
    [
      'a CSV merge into an unknown code',
      'raw_code,reason,category,status,merged_into\nR01,A,X,active,\nR25,B,X,merged,R99\n',
      { kind: 'unknown-merge-target', where: '3', value: 'R99' },
    ],
    [
      'a CSV merge cycle',
      'raw_code,reason,category,status,merged_into\nR01,A,X,merged,R02\nR02,B,X,merged,R01\n',
      { kind: 'merge-cycle', where: '2', value: 'R01' },
    ],
    ['an unclosed quote', 'raw_code,reason,category\nR01,"Bill,X\n', { kind: 'bad-csv', line: 2 }],
    ['an empty file', '  \n', { kind: 'empty' }],
  ])('%s', (_, text, problem) => {
    const read = readTaxonomyFile(bytes(text));
    expect(read.ok).toBe(false);
    expect(read.ok ? null : read.problem).toMatchObject(problem);
  });

  it('a binary file is not text', () => {
    expect(readTaxonomyFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toEqual({
      ok: false,
      problem: { kind: 'not-text' },
    });
  });
});
