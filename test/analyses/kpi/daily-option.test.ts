import { describe, expect, it } from 'vitest';
import { dailyOption } from '../../../src/analyses/kpi/daily-option';

describe('the daily volume / answer-rate chart', () => {
  it('draws offered as bars on one axis and the answer rate as a line on the other', () => {
    const option = dailyOption(
      [
        { day: '2026-03-01', offered: 4, answered: 3 },
        { day: '2026-03-02', offered: 0, answered: 0 },
      ],
      { offered: 'Offered', answerRate: 'Answer rate' },
    );
    expect(option.xAxis.data).toEqual(['2026-03-01', '2026-03-02']);
    expect(option.yAxis).toHaveLength(2);
    expect(option.series[0]).toMatchObject({ type: 'bar', data: [4, 0] });
    // 3 / 4 = 75 %; a day with nothing offered has no rate rather than 0 %.
    expect(option.series[1]).toMatchObject({ type: 'line', yAxisIndex: 1, data: [75, null] });
    expect(option.dataZoom).toEqual([]);
  });
});
