import { describe, expect, it } from 'vitest';
import { valueMessages } from '../../../src/analyses/value/messages';
import { findModes, verdictLevel } from '../../../src/analyses/value/stats';
import { verdictOf } from '../../../src/analyses/value/verdict';

const bins = (counts: number[], values = counts) => counts.map((n, i) => ({ n, value: values[i]! }));

describe('modes of a log-scale histogram', () => {
  it('finds two peaks split by a deep valley, with each side’s share', () => {
    // 100 customers: 60 around bin 2, 30 around bin 7, 10 in the valley bins 4–5 (smoothed valley ≤ half of 30).
    const h = bins([5, 20, 30, 5, 2, 3, 5, 20, 5, 5], [5, 20, 30, 5, 2, 3, 50, 200, 50, 50]);
    const m = findModes(h, 415)!;
    expect(m).not.toBeNull();
    expect([m.lower, m.upper, m.valley]).toEqual([2, 7, 4]);
    // Below the valley bins 0–3: 60 of 100; above it bins 5–9: 38 of 100 holding 353 of 415.
    expect(m.lowerShare).toBeCloseTo(0.6, 10);
    expect(m.upperShare).toBeCloseTo(0.38, 10);
    expect(m.upperValueShare).toBeCloseTo(353 / 415, 10);
  });

  it('finds none in one hump, in a shallow dip, or with a side under 10%', () => {
    expect(findModes(bins([2, 8, 20, 30, 20, 8, 2]), 90)).toBeNull();
    expect(findModes(bins([10, 30, 25, 22, 25, 30, 10]), 152)).toBeNull();
    expect(findModes(bins([40, 80, 40, 2, 0, 3, 5, 3]), 173)).toBeNull();
    expect(findModes(bins([1, 3, 1, 0, 1, 3, 1]), 10)).toBeNull(); // 10 customers: too few for a shape
  });
});

describe('the polarisation verdict', () => {
  const modes = { lower: 2, upper: 7, valley: 4, lowerShare: 0.7, upperShare: 0.18, upperValueShare: 0.74 };
  it('says polarised with the upper mode’s shares as evidence', () => {
    const e = { n: 2000, top20Share: 0.91, gini: 0.83, bimodality: 0.62, modes };
    expect(verdictLevel(e)).toBe('polarised');
    const v = verdictOf(e);
    expect(v.key).toBe('value.verdict.polarisedModesBc');
    expect(v.figures).toMatchObject({ customers: 0.18, value: 0.74, lower: 0.7, upper: 0.18, bc: 0.62 });
    expect(verdictOf({ ...e, bimodality: 0.43 }).key).toBe('value.verdict.polarisedModes');
  });
  it('says concentrated, even, or nothing', () => {
    expect(verdictLevel({ n: 2000, top20Share: 0.6, gini: 0.5, bimodality: 0.3, modes: null })).toBe('concentrated');
    expect(verdictLevel({ n: 2000, top20Share: 0.3, gini: 0.1, bimodality: 0.3, modes: null })).toBe('even');
    expect(verdictLevel({ n: 4, top20Share: 1, gini: 0.7, bimodality: null, modes: null })).toBe('none');
    // BC alone says two modes only from 20 customers on.
    expect(verdictLevel({ n: 10, top20Share: 0.7, gini: 0.6, bimodality: 0.9, modes: null })).toBe('concentrated');
  });
});

describe('messages and export', () => {
  it('has every value message in English and Chinese with the same placeholders', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(valueMessages['zh-CN']).sort()).toEqual(Object.keys(valueMessages.en).sort());
    for (const [key, en] of Object.entries(valueMessages.en)) {
      const zh = valueMessages['zh-CN'][key as keyof typeof valueMessages.en];
      expect(names(zh), key).toEqual(names(en));
      if (!/^[\d\s\p{P}A-Z%]+$/u.test(zh)) expect(zh, key).toMatch(/\p{Script=Han}/u);
    }
  });
});
