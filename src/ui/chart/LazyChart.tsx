import { useEffect, useState } from 'react';
import type * as ChartModule from './Chart';
import type { ChartProps } from './Chart';

// ECharts is most of the app's JavaScript; it loads when the first chart is drawn, not with the page.
let loaded: typeof ChartModule | null = null;
const loadChart = () =>
  import('./Chart').then((module) => {
    loaded = module;
    return module;
  });

/**
 * Starts loading ECharts before any chart is drawn, when one is on its way (the sample data was asked for):
 * it then loads while the data does, not after it.
 */
export function preloadChart(): void {
  // A failure here is met again when the chart itself loads.
  loadChart().catch(() => undefined);
}

/**
 * `Chart`, loaded on first use; until then a box of the chart's height holds its place. Not `lazy` and
 * `Suspense`: React holds back content that resolves within 300 ms of a fallback, so a chart whose code was
 * already loaded would still wait.
 */
export function LazyChart(props: ChartProps) {
  const [module, setModule] = useState(loaded);
  useEffect(() => {
    if (module) return undefined;
    let live = true;
    void loadChart().then((m) => live && setModule(m));
    return () => {
      live = false;
    };
  }, [module]);
  if (!module) return <div className="chart" style={{ height: props.height ?? 320 }} aria-busy="true" />;
  return <module.Chart {...props} />;
}
