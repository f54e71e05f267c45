import type { SeriesPoint } from './kpi-shape';

export interface SeriesLabels {
  readonly offered: string;
  readonly answerRate: string;
}

const percent = (value: unknown): string => (typeof value === 'number' ? `${value.toFixed(1)}%` : '—');

/**
 * The volume chart: offered calls as bars on the left axis, answer rate (%) as a line on the right axis, one
 * bucket per day or hour. The tooltip gives each value its unit.
 */
export function seriesOption(points: readonly SeriesPoint[], labels: SeriesLabels) {
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: [labels.offered, labels.answerRate], top: 0 },
    grid: { left: 56, right: 56, top: 36, bottom: 56 },
    xAxis: { type: 'category', data: points.map((p) => p.bucket) },
    yAxis: [
      { type: 'value', name: labels.offered, minInterval: 1 },
      { type: 'value', name: labels.answerRate, min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    ],
    dataZoom: points.length > 60 ? [{ type: 'slider', bottom: 8 }] : [],
    series: [
      {
        name: labels.offered,
        type: 'bar',
        barMaxWidth: 48,
        data: points.map((p) => p.offered),
        itemStyle: { color: '#9db4ee' },
      },
      {
        name: labels.answerRate,
        type: 'line',
        yAxisIndex: 1,
        // A single bucket still shows its rate as a point.
        showSymbol: points.length <= 60,
        data: points.map((p) => (p.answerRate === null ? null : Number((100 * p.answerRate).toFixed(1)))),
        itemStyle: { color: '#2456d6' },
        tooltip: { valueFormatter: percent },
      },
    ],
  };
}
