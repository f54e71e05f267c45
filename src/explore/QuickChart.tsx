import { useEffect, useMemo, useState } from 'react';
import { QueryCancelledError, type Engine, type QueryResult } from '../engine/engine';
import { useT } from '../i18n/react';
import type { Fragment } from '../sql';
import { LazyChart } from '../ui/chart/LazyChart';
import type { GridColumn } from '../ui/grid/column-kind';
import { chartOption } from './chart-option';
import { AGGREGATES, CHART_TYPES, type ChartSpec } from './chart-spec';
import { CHART_LIMITS, chartSql } from './chart-sql';
import { rawMessage } from './run-statements';

interface Props {
  engine: Engine;
  source: Fragment;
  columns: readonly GridColumn[];
  spec: ChartSpec;
  onSpec: (spec: ChartSpec) => void;
}

type Points = { key: string; result: QueryResult } | { key: string; message: string };

/** A chart of the result, its points aggregated or sampled by the engine; type and columns can be changed. */
export function QuickChart({ engine, source, columns, spec, onSpec }: Props) {
  const t = useT();
  const statement = useMemo(() => chartSql(source, spec), [source, spec]);
  const key = JSON.stringify([statement.text, statement.params]);
  const [points, setPoints] = useState<Points | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    engine.query(statement, { signal: controller.signal, maxRows: CHART_LIMITS.line }).then(
      (result) => setPoints({ key, result }),
      (error: unknown) => {
        if (!(error instanceof QueryCancelledError)) setPoints({ key, message: rawMessage(error) });
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [engine, key]);
  const current = points?.key === key ? points : null;
  const words = { empty: t('explore.chart.empty'), count: t('explore.chart.count') };
  const option = useMemo(
    () => (current && 'result' in current ? chartOption(spec, current.result.rows, words) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [current, spec, words.empty, words.count],
  );
  const pick = (
    label: string,
    value: string | null,
    options: readonly string[],
    onPick: (v: string) => void,
    testId: string,
    text = (v: string) => v,
  ) => (
    <label>
      {label}
      <select value={value ?? ''} data-testid={testId} onChange={(e) => onPick(e.target.value)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {text(o)}
          </option>
        ))}
      </select>
    </label>
  );
  const names = columns.map((c) => c.name);
  const typeWord = t(`explore.chart.type.${spec.type}`);
  return (
    <section className="explore-chart" data-testid="explore-chart" data-chart={spec.type}>
      <div className="explore-chart-controls">
        {pick(
          t('explore.chart.type'),
          spec.type,
          CHART_TYPES,
          (type) => onSpec({ ...spec, type: type as ChartSpec['type'] }),
          'chart-type',
          (v) => t(`explore.chart.type.${v}`),
        )}
        {pick(t('explore.chart.x'), spec.x, names, (x) => onSpec({ ...spec, x }), 'chart-x')}
        {spec.type !== 'histogram' &&
          pick(t('explore.chart.y'), spec.y, names, (y) => onSpec({ ...spec, y }), 'chart-y')}
        {spec.type === 'heatmap' &&
          pick(t('explore.chart.series'), spec.series, names, (series) => onSpec({ ...spec, series }), 'chart-series')}
        {(spec.type === 'bar' || spec.type === 'line' || spec.type === 'heatmap') &&
          pick(
            t('explore.chart.agg'),
            spec.agg,
            AGGREGATES,
            (agg) => onSpec({ ...spec, agg: agg as ChartSpec['agg'] }),
            'chart-agg',
            (v) => t(`explore.chart.agg.${v}`),
          )}
      </div>
      {current && 'message' in current ? (
        <p className="error-banner">{t('explore.chart.failed', { message: current.message })}</p>
      ) : option ? (
        <LazyChart
          option={option as never}
          label={t('explore.chart.label', { type: typeWord, x: spec.x })}
          height={300}
        />
      ) : (
        <div className="chart" style={{ height: 300 }} aria-busy="true" />
      )}
      <p className="explore-note">{t('explore.chart.note', { limit: CHART_LIMITS.line.toLocaleString() })}</p>
    </section>
  );
}
