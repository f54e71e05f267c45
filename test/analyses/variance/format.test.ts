import { describe, expect, it } from 'vitest';
import { formatSpread } from '../../../src/analyses/variance/format';

const t = (key: string, params?: Record<string, unknown>) => `${key}:${String(params?.value)}`;

describe('a spread as written', () => {
  it('writes a change that rounds to nothing as 0.000, and a negative one with a minus sign', () => {
    // −0.0001 rounds to 0.000 at three decimals; −0.0042 is −0.004.
    expect(formatSpread('en', t, 'answer_rate', -0.0001)).toBe('0.000');
    expect(formatSpread('en', t, 'answer_rate', -0.0042)).toBe('−0.004');
    expect(formatSpread('en', t, 'answer_rate', 0.0312)).toBe('0.031');
    // Counts keep one decimal: −0.04 is nothing, −1.26 is −1.3.
    expect(formatSpread('en', t, 'offered', -0.04)).toBe('0.0');
    expect(formatSpread('en', t, 'offered', -1.26)).toBe('−1.3');
  });
});
