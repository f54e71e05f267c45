import type { EChartsCoreOption } from 'echarts/core';

/**
 * The option each mounted chart last drew, by its host element: a report redraws a chart from it as SVG. Only
 * types from ECharts here, so reading the list loads no chart code.
 */
export const drawnCharts = new WeakMap<Element, EChartsCoreOption>();
