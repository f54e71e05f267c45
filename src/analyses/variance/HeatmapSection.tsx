import { useMemo } from 'react';
import { LazyChart } from '../../ui/chart/LazyChart';
import { heatmapOption } from './chart-option';
import { segmentLabel } from './format';
import type { HeatCell } from './heatmap-shape';
import { scaleOf } from './scale';
import type { SectionProps } from './section-props';

interface Props extends SectionProps {
  readonly dom: readonly HeatCell[];
  readonly hourWeekday: readonly HeatCell[];
}

const sortedX = (cells: readonly HeatCell[]) => [...new Set(cells.map((c) => c.x))].sort((a, b) => a - b);

/** Day of month × the chosen dimension, and hour × weekday. */
export function HeatmapSection({ dom, hourWeekday, kpi, dimension, t }: Props) {
  const scale = scaleOf(kpi, t('variance.seconds', { value: '' }).trim());
  const domOption = useMemo(() => {
    const y = [...new Set(dom.map((c) => c.y))].sort();
    return heatmapOption(dom, { x: sortedX(dom), y, yLabel: (v) => v, xLabel: String }, scale);
  }, [dom, scale]);
  const hwOption = useMemo(() => {
    const y = [...new Set(hourWeekday.map((c) => c.y))].sort().reverse();
    return heatmapOption(
      hourWeekday,
      {
        x: sortedX(hourWeekday),
        y,
        yLabel: (v) => segmentLabel(t, 'weekday', v),
        xLabel: (x) => segmentLabel(t, 'hour', String(x)),
      },
      scale,
    );
  }, [hourWeekday, scale, t]);
  const kpiName = t(`variance.kpiName.${kpi}`);
  const domLabel = t('variance.heat.dom', { kpi: kpiName, dimension: t(`variance.dim.${dimension}`) });
  const hwLabel = t('variance.heat.hourWeekday', { kpi: kpiName });
  return (
    <section className="variance-section variance-heatmaps" data-testid="variance-heatmaps">
      <div>
        <h4>{domLabel}</h4>
        <LazyChart
          option={domOption}
          label={domLabel}
          height={Math.max(230, 90 + 28 * new Set(dom.map((c) => c.y)).size)}
        />
      </div>
      <div>
        <h4>{hwLabel}</h4>
        <LazyChart option={hwOption} label={hwLabel} height={330} />
      </div>
    </section>
  );
}
