import type { QueryResult } from '../../engine/engine';

export interface DailyPoint {
  readonly day: string;
  readonly offered: number;
  readonly answered: number;
}

/** Reads `dailySql`'s rows. */
export function readDaily(result: QueryResult): DailyPoint[] {
  return result.rows.map((r) => ({
    day: r.day instanceof Date ? r.day.toISOString().slice(0, 10) : String(r.day),
    offered: typeof r.offered === 'number' ? r.offered : 0,
    answered: typeof r.answered === 'number' ? r.answered : 0,
  }));
}

export interface DailyLabels {
  readonly offered: string;
  readonly answerRate: string;
}

/** The daily chart: offered calls as bars on the left axis, answer rate (%) as a line on the right axis. */
export function dailyOption(points: readonly DailyPoint[], labels: DailyLabels) {
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: [labels.offered, labels.answerRate], top: 0 },
    grid: { left: 56, right: 56, top: 36, bottom: 56 },
    xAxis: { type: 'category', data: points.map((p) => p.day) },
    yAxis: [
      { type: 'value', name: labels.offered, minInterval: 1 },
      { type: 'value', name: labels.answerRate, min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    ],
    dataZoom: points.length > 60 ? [{ type: 'slider', bottom: 8 }] : [],
    series: [
      { name: labels.offered, type: 'bar', data: points.map((p) => p.offered), itemStyle: { color: '#9db4ee' } },
      {
        name: labels.answerRate,
        type: 'line',
        yAxisIndex: 1,
        showSymbol: points.length <= 60,
        data: points.map((p) => (p.offered > 0 ? Number(((100 * p.answered) / p.offered).toFixed(1)) : null)),
        itemStyle: { color: '#2456d6' },
      },
    ],
  };
}
