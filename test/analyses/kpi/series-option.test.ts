import { describe, expect, it } from 'vitest';
import { seriesOption } from '../../../src/analyses/kpi/series-option';

describe('the volume / answer-rate chart', () => {
  const option = seriesOption(
    [
      { bucket: '2026-03-01', offered: 4, answerRate: 0.75 },
      { bucket: '2026-03-02', offered: 0, answerRate: null },
    ],
    { offered: 'Offered', answerRate: 'Answer rate' },
  );

  it('draws offered as bars on one axis and the answer rate as a line on the other', () => {
    expect(option.xAxis.data).toEqual(['2026-03-01', '2026-03-02']);
    expect(option.yAxis).toHaveLength(2);
    expect(option.series[0]).toMatchObject({ type: 'bar', data: [4, 0] });
    // 0.75 = 75 %; a day with nothing offered has no rate rather than 0 %.
    expect(option.series[1]).toMatchObject({ type: 'line', yAxisIndex: 1, data: [75, null] });
    expect(option.dataZoom).toEqual([]);
  });

  it('gives the rate its unit in the tooltip', () => {
    const format = (option.series[1] as { tooltip: { valueFormatter: (v: unknown) => string } }).tooltip.valueFormatter;
    expect(format(75)).toBe('75.0%');
    expect(format(null)).toBe('—');
  });
});
