import { describe, expect, it } from 'vitest';
import { nameLikeness, normalizeName, taxonomyCoverage, taxonomyFlags, type Taxonomy } from '../../src/model/taxonomy';
import { billing } from './fixtures';

describe('duplicate and overlap flags', () => {
  it('same names ignoring case, width and spaces, in English and Chinese', () => {
    expect(nameLikeness('Bill explanation', 'bill  explanation')).toBe('same');
    expect(nameLikeness('Ｂｉｌｌ Explanation', 'bill explanation')).toBe('same'); // full-width letters fold
    expect(nameLikeness('账单解释', '账单解释 ')).toBe('same');
    expect(nameLikeness('账单解释', '账单　解释')).toBe('same'); // ideographic space
    expect(nameLikeness('Bill explanation', 'Bill explanations')).toBe('near'); // one letter apart
    expect(nameLikeness('账单解释', '账单解析')).toBe('near'); // one character apart, 4 characters
    expect(nameLikeness('Slow speed', 'Bill dispute')).toBeNull();
    expect(nameLikeness('R01', 'R02')).toBeNull(); // too short for one character to mean a typo
    expect(normalizeName(' Bill\u3000Ｅxplanation ')).toBe('billexplanation');
  });

  it('flags two reasons alike, a code two rules catch, a reason with no codes and a broken pattern', () => {
    const t: Taxonomy = {
      ...billing(),
      reasons: [
        ...billing().reasons,
        { id: 'd', name: 'bill  explanation', category: 'Billing', status: 'active' },
        { id: 'e', name: '账单解释', category: '账单费用', status: 'active' },
        { id: 'f', name: '账单解释 ', category: '账单费用', status: 'active' },
        { id: 'g', name: 'Bill Explanation', category: 'Billing', status: 'merged', mergedInto: 'a' },
      ],
      rules: [
        { id: 'r1', kind: 'prefix', value: 'R7', reason: 'd' },
        { id: 'r2', kind: 'list', value: 'R70', reason: 'e' },
        { id: 'r3', kind: 'pattern', value: '(', reason: 'f' },
      ],
    };
    const flags = taxonomyFlags(t);
    expect(flags).toEqual([
      { kind: 'same-name', reasons: ['a', 'd'] },
      { kind: 'same-name', reasons: ['e', 'f'] },
      // R70 is caught by r1 (prefix R7) and r2 (list); R07 is by hand and not by R7
      { kind: 'rule-overlap', code: 'R70', rules: ['r1', 'r2'] },
      // e lost R70 to r1 (first wins); f's only rule is broken; the merged g is history, not flagged
      { kind: 'no-codes', reason: 'e' },
      { kind: 'no-codes', reason: 'f' },
      expect.objectContaining({ kind: 'bad-pattern', rule: 'r3' }),
    ]);
  });
});

describe('coverage', () => {
  it('is the share of offered calls unmapped or "other"', () => {
    const t: Taxonomy = {
      ...billing(),
      reasons: [...billing().reasons, { id: 'o', name: 'Misc', category: 'Other', status: 'active' }],
      codes: [...billing().codes, { code: 'R99', reason: 'o' }],
    };
    const counts = [
      { code: 'R01', calls: 50 },
      { code: 'R25', calls: 20 },
      { code: 'R07', calls: 10 },
      { code: 'R70', calls: 8 }, // known but unmapped
      { code: 'R88', calls: 4 }, // unknown to the taxonomy
      { code: 'R99', calls: 6 }, // "other" category
      { code: null, calls: 2 }, // no code at all
    ];
    // offered 50+20+10+8+4+6+2 = 100; unmapped 8+4+2 = 14; other 6; share (14+6)/100 = 0.2
    expect(taxonomyCoverage(t, counts)).toEqual({ offered: 100, unmapped: 14, other: 6, share: 0.2 });
    // with 未分类 as the category the same calls count as other
    const zh = { ...t, reasons: t.reasons.map((r) => (r.id === 'c' ? { ...r, category: '未分类' } : r)) };
    // other 6 + R07's 10 = 16; share (14+16)/100 = 0.3
    expect(taxonomyCoverage(zh, counts).share).toBeCloseTo(0.3, 12);
    expect(taxonomyCoverage(t, []).share).toBe(0);
  });
});
