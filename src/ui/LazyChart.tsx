import { lazy, Suspense } from 'react';
import type { ChartProps } from './Chart';

// ECharts is most of the app's JavaScript; it loads when the first chart is drawn, not with the page.
const Chart = lazy(() => import('./Chart').then((m) => ({ default: m.Chart })));

/** `Chart`, loaded on first use; until then a box of the chart's height holds its place. */
export function LazyChart(props: ChartProps) {
  return (
    <Suspense fallback={<div className="chart" style={{ height: props.height ?? 320 }} aria-busy="true" />}>
      <Chart {...props} />
    </Suspense>
  );
}
