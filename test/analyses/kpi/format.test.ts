import { describe, expect, it } from 'vitest';
import { formatChange, formatKpi, formatMoney } from '../../../src/analyses/kpi/format';

describe('KPI formatting', () => {
  it('writes shares as %, counts grouped, no value as a dash', () => {
    expect(formatKpi('en', 'answer_rate', 0.8836)).toBe('88.4%');
    expect(formatKpi('en', 'offered', 30599)).toBe('30,599');
    expect(formatKpi('zh-CN', 'aht_s', null)).toBe('—');
  });

  it('compares shares in points and other figures in %, toned by whether up is good', () => {
    // 0.60 − 0.50 = 10 points, a better answer rate.
    expect(formatChange('en', 'answer_rate', 0.6, 0.5, 'pts')).toEqual({
      text: '+10.0 pts',
      direction: 'up',
      tone: 'good',
    });
    // (180 − 200) / 200 = −10 %: AHT is neither good nor bad by itself.
    expect(formatChange('en', 'aht_s', 180, 200, 'pts')).toEqual({
      text: '−10.0%',
      direction: 'down',
      tone: 'neutral',
    });
    // (12 − 10) / 10 = +20 % on ASA: a slower answer is bad news.
    expect(formatChange('en', 'asa_s', 12, 10, 'pts')?.tone).toBe('bad');
    expect(formatChange('en', 'offered', 5, 0, 'pts')).toBeNull();
    expect(formatChange('en', 'asa_s', 5, null, 'pts')).toBeNull();
  });

  it('never writes "−0.0": a change that rounds to nothing is flat', () => {
    // 0.5 − 0.5004 = −0.04 points, shown as 0.0.
    expect(formatChange('en', 'answer_rate', 0.5, 0.5004, 'pts')).toEqual({
      text: '±0.0 pts',
      direction: 'flat',
      tone: 'neutral',
    });
  });

  it('shows money with its currency, or the bare amount when none is set', () => {
    expect(formatMoney('en', 5.666, 'USD')).toBe('$5.67');
    expect(formatMoney('zh-CN', 5.666, 'CNY')).toBe('¥5.67');
    expect(formatMoney('en', 5.666, '')).toBe('5.67');
  });
});
