import { describe, expect, it } from 'vitest';
import { findingKey, readFindings, recheck, type Finding } from '../../src/analyses/common/findings/finding';
import { readSettings } from '../../src/analyses/common/settings';

const monthStart: Finding = {
  kind: 'calendar',
  kpi: 'offered',
  dimension: 'business_line',
  segment: 'Broadband',
  days_of_month: [1, 2, 3],
  effect: 1.7,
  support: 900,
  sentence: 'Broadband gets 2.7× its volume on days 1–3.',
};

describe('findings', () => {
  it('still hold when found again with an effect of the same sign, and not otherwise', () => {
    expect(recheck(monthStart, [{ ...monthStart, effect: 0.9, support: 10 }])).toBe('holds');
    expect(recheck(monthStart, [{ ...monthStart, effect: -0.2 }])).toBe('changed');
    expect(recheck(monthStart, [{ ...monthStart, segment: 'Mobile' }])).toBe('gone');
    expect(findingKey(monthStart)).toBe(findingKey({ ...monthStart, sentence: 'other words', effect: 3 }));
  });

  it('are read back from saved settings, dropping whatever is not a finding', () => {
    expect(readFindings([monthStart, { kind: 'calendar' }, 'x', null] as never)).toEqual([monthStart]);
    expect(readFindings(undefined)).toEqual([]);
  });

  it('live in settings of kind json and list, with defaults for what is missing or malformed', () => {
    const schema = {
      findings: { kind: 'json', default: [] },
      basic: { kind: 'list', default: ['R02'] },
      k: { kind: 'number', min: 0, max: 10, default: 2 },
    } as const;
    expect(readSettings(schema, { findings: [monthStart], basic: ['R10', 3], k: 2.5 })).toEqual({
      findings: [monthStart],
      basic: ['R02'],
      k: 2.5,
    });
    expect(readSettings(schema, { k: 11 })).toEqual({ findings: [], basic: ['R02'], k: 2 });
  });
});
