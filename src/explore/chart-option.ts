import type { Cell } from '../engine/engine';
import type { ChartSpec } from './chart-spec';

type Rows = readonly Readonly<Record<string, Cell>>[];

/** A label as text: dates as ISO days or times, nothing rendered as markup (ECharts draws text on a canvas). */
function labelOf(value: Cell, empty: string): string {
  if (value === null) return empty;
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

const num = (value: Cell) => (value === null ? null : Number(value));

const AXIS = { axisLabel: { hideOverlap: true } };

/** The ECharts option for a quick chart's points (as `chartSql` returns them). */
export function chartOption(spec: ChartSpec, rows: Rows, words: { empty: string; count: string }): object {
  const valueName = spec.agg === 'count' || spec.y === null ? words.count : `${spec.agg}(${spec.y})`;
  const base = {
    animation: false,
    tooltip: { trigger: spec.type === 'scatter' ? 'item' : 'axis' },
    grid: { containLabel: true, left: 8, right: 16, top: 24, bottom: 8 },
  };
  switch (spec.type) {
    case 'bar':
    case 'line':
      return {
        ...base,
        xAxis: {
          type: 'category',
          name: spec.x,
          data: rows.map((r) => labelOf(r.label ?? null, words.empty)),
          ...AXIS,
        },
        yAxis: { type: 'value', name: valueName },
        series: [{ type: spec.type, name: valueName, data: rows.map((r) => num(r.value ?? null)), showSymbol: false }],
      };
    case 'scatter':
      return {
        ...base,
        xAxis: { type: 'value', name: spec.x, scale: true },
        yAxis: { type: 'value', name: spec.y ?? spec.x, scale: true },
        series: [{ type: 'scatter', symbolSize: 5, data: rows.map((r) => [num(r.x ?? null), num(r.y ?? null)]) }],
      };
    case 'histogram': {
      const first = rows.find((r) => r.lo !== null && r.lo !== undefined);
      const lo = Number(first?.lo ?? 0);
      const hi = Number(first?.hi ?? 0);
      const width = (hi - lo) / 30;
      const bins = rows.filter((r) => r.bin !== null);
      const edge = (bin: number) => String(Math.round((lo + bin * width) * 1000) / 1000);
      return {
        ...base,
        xAxis: {
          type: 'category',
          name: spec.x,
          data: bins.map((r) => `${edge(Number(r.bin))}–${edge(Number(r.bin) + 1)}`),
          ...AXIS,
        },
        yAxis: { type: 'value', name: words.count },
        series: [{ type: 'bar', name: words.count, barCategoryGap: '2%', data: bins.map((r) => num(r.n ?? null)) }],
      };
    }
    case 'heatmap': {
      const xs = [...new Set(rows.map((r) => labelOf(r.label ?? null, words.empty)))];
      const ys = [...new Set(rows.map((r) => labelOf(r.series ?? null, words.empty)))];
      const values = rows.map((r) => num(r.value ?? null) ?? 0);
      return {
        ...base,
        tooltip: { trigger: 'item' },
        xAxis: { type: 'category', name: spec.x, data: xs, ...AXIS },
        yAxis: { type: 'category', name: spec.series ?? '', data: ys, ...AXIS },
        visualMap: {
          min: Math.min(0, ...values),
          max: Math.max(1, ...values),
          calculable: true,
          orient: 'horizontal',
          left: 'center',
          bottom: 0,
        },
        series: [
          {
            type: 'heatmap',
            name: valueName,
            data: rows.map((r) => [
              xs.indexOf(labelOf(r.label ?? null, words.empty)),
              ys.indexOf(labelOf(r.series ?? null, words.empty)),
              num(r.value ?? null),
            ]),
          },
        ],
      };
    }
  }
}
