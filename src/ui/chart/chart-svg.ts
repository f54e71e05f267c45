import { echarts, type ChartOption } from './echarts';
import { drawnCharts } from './drawn-charts';

let svgReady: Promise<void> | null = null;

/** The SVG renderer is registered on the first SVG asked for: screen charts draw on canvas. */
function registerSvgRenderer(): Promise<void> {
  svgReady ??= import('echarts/renderers').then(({ SVGRenderer }) => echarts.use(SVGRenderer));
  return svgReady;
}

export interface SvgSize {
  readonly width: number;
  readonly height: number;
}

/**
 * A chart drawn as an SVG document by a temporary, server-side-style instance (ECharts' `renderToSVGString`): the
 * same option as on screen, without animation. ECharts escapes the text it writes.
 */
export async function chartSvg(option: ChartOption, size: SvgSize): Promise<string> {
  await registerSvgRenderer();
  const instance = echarts.init(null, undefined, { renderer: 'svg', ssr: true, ...size });
  try {
    instance.setOption({ ...option, animation: false });
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}

/** The SVG of a chart mounted in `host`, at its size on screen; null when nothing is drawn there. */
export async function drawnChartSvg(host: Element): Promise<string | null> {
  const option = drawnCharts.get(host);
  if (!option) return null;
  const box = host.getBoundingClientRect();
  return chartSvg(option, { width: Math.round(box.width) || 800, height: Math.round(box.height) || 320 });
}
