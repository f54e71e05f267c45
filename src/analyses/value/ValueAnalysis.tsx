import { useMemo } from 'react';
import { useEngineStore } from '../../state/engine-store';
import { useModelStore } from '../../state/model-store';
import { LazyChart } from '../../ui/chart/LazyChart';
import { ExclusionSummary } from '../common/exclusions/ExclusionSummary';
import type { AnalysisPanelProps } from '../common/module';
import type { Json } from '../common/settings';
import type { RenderChart } from './chart-host';
import { readValueSettings, type VALUE_SETTINGS } from './settings';
import { valueSpec } from './value-spec';
import { ValuePanel } from './ValuePanel';

const renderChart: RenderChart = (option, label, onClick) => (
  <LazyChart option={option as never} label={label} {...(onClick ? { onClick } : {})} />
);

/** The value analysis in the workspace: the shared state and its own settings handed to the panel. */
export function ValueAnalysis({ context, settings, onSettings }: AnalysisPanelProps<typeof VALUE_SETTINGS>) {
  const engine = useEngineStore((s) => (s.status === 'ready' ? s.engine : null));
  const mapping = useModelStore((s) => s.mapping);
  const viewsVersion = useModelStore((s) => s.viewsVersion);
  const value = useMemo(() => readValueSettings(settings.config), [settings.config]);
  const spec = useMemo(() => valueSpec(mapping, context.filters, value), [mapping, context.filters, value]);
  if (!engine) return null;
  return (
    <ValuePanel
      engine={engine}
      spec={spec}
      viewsVersion={viewsVersion}
      renderChart={renderChart}
      exclusions={
        context.report && (
          <ExclusionSummary
            report={context.report}
            filters={context.filters}
            settings={context.definitions}
            analysis="value"
          />
        )
      }
      onSettings={(patch) => onSettings({ config: { ...value, ...patch } as unknown as Json })}
    />
  );
}
