import { useEffect, useRef } from 'react';
import { fileNameFrom } from '../export/download';
import { ChartExport } from './ChartExport';
import { drawnCharts } from './drawn-charts';
import { echarts, type ChartOption } from './echarts';

export interface ChartProps {
  option: ChartOption;
  /** Accessible description of what the chart shows. */
  label: string;
  height?: number;
  theme?: 'light' | 'dark';
  onClick?: (params: { name: string; seriesName?: string; value: unknown; dataIndex: number }) => void;
  /** The exported image's file name (without extension); the label by default. */
  fileName?: string;
}

/**
 * The one place ECharts is mounted: canvas renderer, resize with its box, disposed on unmount; every chart has its
 * Export button (PNG, SVG).
 */
export function Chart({ option, label, height = 320, theme = 'light', onClick, fileName }: ChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    const element = host.current;
    if (!element) return undefined;
    const instance = echarts.init(element, theme === 'dark' ? 'dark' : undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [theme]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
    if (host.current) drawnCharts.set(host.current, option);
  }, [option, theme]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onClick) return undefined;
    instance.on('click', onClick as (params: unknown) => void);
    return () => {
      instance.off('click', onClick as (params: unknown) => void);
    };
  }, [onClick, theme]);

  return (
    <div className="chart-frame">
      <div ref={host} role="img" aria-label={label} className="chart" style={{ height }} />
      <div className="chart-export">
        <ChartExport instance={() => chart.current} option={option} fileName={fileNameFrom(fileName ?? label)} />
      </div>
    </div>
  );
}
