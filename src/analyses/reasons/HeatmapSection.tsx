import { useMemo } from 'react';
import type { KpiDefinitions } from '../../metrics';
import type { Filters } from '../../model';
import { raw, sql } from '../../sql';
import { useT } from '../../i18n/react';
import { useEngineQuery } from '../../state/use-engine-query';
import { currentHoursTable } from './hours-cache';
import { LazyChart } from '../../ui/chart/LazyChart';
import { heatmapOption } from './analysis-option';
import { reasonWhere, type DrillSlice } from './drill-sql';
import { heatIndex, readHeat } from './heatmap-shape';
import { HEAT_BUCKET_SQL, heatmapSql, type HeatBucket } from './heatmap-sql';

interface Props {
  readonly filters: Filters;
  readonly definitions: KpiDefinitions;
  readonly bucket: HeatBucket;
  readonly onBucket: (bucket: HeatBucket) => void;
  readonly onDrill: (slice: DrillSlice) => void;
}

const RANGE: Record<HeatBucket, number[]> = {
  hour: Array.from({ length: 24 }, (_, i) => i),
  weekday: [1, 2, 3, 4, 5, 6, 7],
  day: Array.from({ length: 31 }, (_, i) => i + 1),
};

/** Reasons × hour, weekday or day of month, coloured by how much more common the reason is in that bucket. */
export function HeatmapSection({ filters, definitions, bucket, onBucket, onDrill }: Props) {
  const t = useT();
  const key = JSON.stringify(['heat', filters, definitions, bucket]);
  const state = useEngineQuery(key, async (engine) =>
    readHeat(
      await engine.query(
        heatmapSql(filters, definitions, bucket, await currentHoursTable(engine, filters, definitions)),
      ),
    ),
  );
  const none = t('reasons.noReason');
  const model = useMemo(() => {
    if (state.status !== 'ready') return null;
    const cells = state.value;
    const totals = new Map<string | null, number>();
    for (const c of cells) totals.set(c.reason, (totals.get(c.reason) ?? 0) + c.n);
    const reasons = [...totals].sort((a, b) => a[1] - b[1]).map(([r]) => r);
    const present = new Set(cells.map((c) => c.bucket));
    const buckets = RANGE[bucket].filter((b) => present.has(b));
    const index = heatIndex(cells);
    const label = (b: number) => (bucket === 'weekday' ? t(`reasons.weekday.${b}`) : String(b));
    const option = heatmapOption(
      reasons.map((r) => r ?? none),
      buckets.map(label),
      cells.map((c) => ({
        reason: reasons.indexOf(c.reason),
        bucket: buckets.indexOf(c.bucket),
        value: index.get(`${c.reason}\u0001${c.bucket}`) ?? 0,
        n: c.n,
      })),
    );
    return { reasons, buckets, option, label };
  }, [state, bucket, none, t]);
  const onClick = (p: { value: unknown }) => {
    if (!model || !Array.isArray(p.value)) return;
    const [b, r] = p.value as [number, number];
    const reason = model.reasons[r] ?? null;
    const at = model.buckets[b];
    if (at === undefined) return;
    onDrill({
      label: `${reason ?? none} · ${model.label(at)}`,
      where: sql`${reasonWhere(reason)} and ${raw(HEAT_BUCKET_SQL[bucket])} = ${at}`,
    });
  };
  const bucketName = t(`reasons.heatmap.${bucket}`);
  return (
    <section className="reasons-section" data-testid="reasons-heatmap">
      <h3>{t('reasons.heatmap')}</h3>
      <label>
        {t('reasons.heatmap.bucket')}{' '}
        <select value={bucket} onChange={(e) => onBucket(e.target.value as HeatBucket)}>
          {(['hour', 'weekday', 'day'] as const).map((b) => (
            <option key={b} value={b}>
              {t(`reasons.heatmap.${b}`)}
            </option>
          ))}
        </select>
      </label>
      <p className="reasons-note">{t('reasons.heatmap.note')}</p>
      {state.status === 'failed' && <p className="error-banner">{t('reasons.failed', { message: state.message })}</p>}
      {model && (
        <LazyChart
          option={model.option}
          label={t('reasons.heatmap.chart', { bucket: bucketName })}
          height={Math.max(320, 22 * model.reasons.length + 90)}
          onClick={onClick}
        />
      )}
    </section>
  );
}
