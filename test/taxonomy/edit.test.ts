import { describe, expect, it } from 'vitest';
import {
  assignCode,
  canonicalRows,
  mergeReasons,
  reactivateReason,
  renameReason,
  retireReason,
  splitReason,
  type EditResult,
  type Taxonomy,
} from '../../src/model/taxonomy';
import { billing } from './fixtures';

function ok(result: EditResult): Taxonomy {
  if (!result.ok) throw new Error(result.error);
  return result.taxonomy;
}

describe('editing the taxonomy', () => {
  it('merging B into A counts B’s codes under A (R25 points at R01) and keeps B as history', () => {
    const merged = ok(mergeReasons(billing(), 'b', 'a', '2026-03-15'));
    expect(merged.reasons[1]).toEqual({
      id: 'b',
      name: 'Bill dispute',
      category: 'Billing',
      status: 'merged',
      mergedInto: 'a',
      validTo: '2026-03-15',
    });
    const rows = canonicalRows(merged);
    expect(rows.find((r) => r.raw_code === 'R25')).toEqual({
      raw_code: 'R25',
      reason: 'Bill explanation',
      category: 'Billing',
      status: 'merged',
      merged_into: 'R01',
      valid_from: '2024-01-01',
      valid_to: '2026-03-15',
      sub_reason: null,
    });
    expect(rows.find((r) => r.raw_code === 'R01')).toMatchObject({ reason: 'Bill explanation', merged_into: null });
    // R70 has no reason: no row (it stays unmapped)
    expect(rows.map((r) => r.raw_code)).toEqual(['R01', 'R25', 'R07']);
  });

  it('refuses a merge into itself or one that would close a circle, leaving the taxonomy as it was', () => {
    const once = ok(mergeReasons(billing(), 'b', 'a'));
    expect(mergeReasons(once, 'a', 'a')).toEqual({ ok: false, error: 'same-reason' });
    expect(mergeReasons(once, 'a', 'b')).toEqual({ ok: false, error: 'merge-cycle' });
    // merging into a merged reason follows the chain: c → b → a all count under a
    const chain = ok(mergeReasons(once, 'c', 'b'));
    expect(canonicalRows(chain).map((r) => [r.raw_code, r.reason, r.merged_into])).toEqual([
      ['R01', 'Bill explanation', null],
      ['R25', 'Bill explanation', 'R01'],
      ['R07', 'Bill explanation', 'R01'],
    ]);
  });

  it('split moves the chosen codes to a new reason beside the old one', () => {
    const t = ok(assignCode(billing(), 'R26', 'a'));
    const split = ok(splitReason(t, 'a', ['R26'], 'Contract term enquiry', 'n'));
    expect(split.reasons.at(-1)).toEqual({
      id: 'n',
      name: 'Contract term enquiry',
      category: 'Billing',
      status: 'active',
    });
    expect(canonicalRows(split).map((r) => [r.raw_code, r.reason])).toEqual([
      ['R01', 'Bill explanation'],
      ['R25', 'Bill dispute'],
      ['R07', 'Slow speed'],
      ['R26', 'Contract term enquiry'],
    ]);
    expect(splitReason(t, 'a', [], 'x', 'y')).toEqual({ ok: false, error: 'no-codes' });
  });

  it('retire sets the last valid day on every code without its own; reactivating clears it', () => {
    const retired = ok(retireReason(billing(), 'c', '2026-02-28'));
    expect(canonicalRows(retired).find((r) => r.raw_code === 'R07')).toMatchObject({
      status: 'retired',
      valid_to: '2026-02-28',
      reason: 'Slow speed',
    });
    const back = ok(reactivateReason(retired, 'c'));
    expect(canonicalRows(back).find((r) => r.raw_code === 'R07')).toMatchObject({ status: 'active', valid_to: null });
  });

  it('rename changes the name history counts under; an empty name is refused', () => {
    const renamed = ok(renameReason(billing(), 'a', '  Bill explained '));
    expect(canonicalRows(renamed)[0]!.reason).toBe('Bill explained');
    expect(renameReason(billing(), 'a', '   ')).toEqual({ ok: false, error: 'empty-name' });
  });
});
