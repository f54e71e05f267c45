import { describe, expect, it } from 'vitest';
import { formatChange, formatKpi } from '../../../src/analyses/kpi/format';

describe('KPI formatting', () => {
  it('writes shares as %, counts grouped, no value as a dash', () => {
    expect(formatKpi('en', 'answerRate', 0.8836)).toBe('88.4%');
    expect(formatKpi('en', 'offered', 30599)).toBe('30,599');
    expect(formatKpi('zh-CN', 'aht', null)).toBe('—');
  });

  it('compares shares in points and other figures in %', () => {
    // 0.60 − 0.50 = 10 points.
    expect(formatChange('en', 'answerRate', 0.6, 0.5, 'pts')).toEqual({ text: '+10.0 pts', direction: 'up' });
    // (180 − 200) / 200 = −10 %.
    expect(formatChange('en', 'aht', 180, 200, 'pts')).toEqual({ text: '−10.0%', direction: 'down' });
    expect(formatChange('en', 'offered', 5, 0, 'pts')).toBeNull();
    expect(formatChange('en', 'asa', 5, null, 'pts')).toBeNull();
  });
});
