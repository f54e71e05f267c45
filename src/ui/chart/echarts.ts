import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  DataZoomSliderComponent,
  GridComponent,
  LegendPlainComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only what the analyses draw is registered, so the rest of ECharts is tree-shaken away; an analysis
// that needs another series type or component registers it here. The plain legend and the slider zoom are
// the only kinds the options ask for (no `type: 'scroll'` legend, no `type: 'inside'` zoom).
echarts.use([
  BarChart,
  LineChart,
  HeatmapChart,
  GridComponent,
  VisualMapContinuousComponent,
  TooltipComponent,
  LegendPlainComponent,
  DataZoomSliderComponent,
  CanvasRenderer,
]);

export { echarts };
export type { EChartsCoreOption as ChartOption } from 'echarts/core';
