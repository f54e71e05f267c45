import { describe, expect, it } from 'vitest';
import { listCodes, resolveCodes, ruleMatches, type Taxonomy } from '../../src/model/taxonomy';
import { billing } from './fixtures';

const withRules = (rules: Taxonomy['rules']): Taxonomy => ({ ...billing(), codes: [], rules });

describe('rules', () => {
  it('prefix, pattern and list each catch their codes', () => {
    const t = withRules([
      { id: 'p', kind: 'prefix', value: 'BIL', reason: 'a' },
      { id: 'x', kind: 'pattern', value: '^NET-\\d{2}$', reason: 'c' },
      { id: 'l', kind: 'list', value: 'D1, D2；D3\nD4', reason: 'b' },
    ]);
    const codes = ['BIL-1', 'BILX', 'XBIL', 'NET-07', 'NET-007', 'D3', 'D4', 'D5'];
    const got = Object.fromEntries(resolveCodes(t, codes).map((r) => [r.code, r.reason ?? null]));
    // prefix BIL: BIL-1 and BILX, not XBIL; pattern: NET-07 only (three digits fail \d{2}$); list: D3, D4 (not D5)
    expect(got).toEqual({
      'BIL-1': 'a',
      BILX: 'a',
      XBIL: null,
      'NET-07': 'c',
      'NET-007': null,
      D3: 'b',
      D4: 'b',
      D5: null,
    });
    expect(listCodes('A，B、C;D  E')).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('rules are tried in order: the first match wins, and every match is reported', () => {
    const t = withRules([
      { id: 'first', kind: 'prefix', value: 'R0', reason: 'a' },
      { id: 'second', kind: 'pattern', value: '^R0[5-9]$', reason: 'c' },
    ]);
    const [r05, r10] = resolveCodes(t, ['R05', 'R10']);
    expect(r05).toMatchObject({ reason: 'a', via: 'rule', rule: 'first', rules: ['first', 'second'] });
    expect(r10).toMatchObject({ reason: undefined, via: null, rules: [] });
    // swapping the order hands R05 to the pattern's reason
    const swapped = withRules([...t.rules].reverse());
    expect(resolveCodes(swapped, ['R05'])[0]).toMatchObject({ reason: 'c', rule: 'second' });
  });

  it('a code put under a reason by hand beats every rule; a broken pattern matches nothing', () => {
    const t: Taxonomy = {
      ...billing(),
      rules: [
        { id: 'all', kind: 'pattern', value: '.*', reason: 'c' },
        { id: 'bad', kind: 'pattern', value: '([', reason: 'a' },
      ],
    };
    const got = resolveCodes(t, ['R01', 'R70']);
    expect(got[0]).toMatchObject({ reason: 'a', via: 'hand' });
    expect(got[1]).toMatchObject({ reason: 'c', via: 'rule', rules: ['all'] });
    expect(ruleMatches(t.rules, ['(['])).toEqual(new Map([['([', ['all']]]));
  });
});
