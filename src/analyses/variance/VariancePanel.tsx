import { useCallback, useMemo, useState } from 'react';
import { useLanguageStore, useT } from '../../i18n/react';
import type { AnalysisPanelProps } from '../common/module';
import { findingKey, readFindings, type Finding } from '../common/findings/finding';
import { BandSection } from './BandSection';
import { CalendarSection } from './CalendarSection';
import { ChangeSection } from './ChangeSection';
import { DispersionSection } from './DispersionSection';
import { calendarFinding, leaveOutFinding, mixShiftFinding, anomalyFinding } from './findings';
import { HeatmapSection } from './HeatmapSection';
import { KeptFindings } from './KeptFindings';
import { isRepeatRate, kpiLock } from './kpi-lock';
import { LinksContext, type VarianceLinks } from './links';
import { MixSection } from './MixSection';
import { shiftedCustomers } from './mixshift-shape';
import { readPeriods } from './periods';
import { current, QueryStatus } from './QueryStatus';
import type { SectionProps } from './section-props';
import { VarianceControls } from './VarianceControls';
import { SpreadSection } from './SpreadSection';
import { headlineLeaveOuts } from './spread-shape';
import type { VARIANCE_SETTINGS } from './settings';
import {
  calendarDims,
  useBand,
  useCalendarEffects,
  useChange,
  useDispersion,
  useHeatmaps,
  useMixShift,
  useSpread,
} from './use-variance';
import './variance.css';

type Props = AnalysisPanelProps<typeof VARIANCE_SETTINGS> & VarianceLinks;

/** How much a KPI swings, when, and because of what (ISSUE 14, DOMAIN.md §4). */
export function VariancePanel({ context, settings, onSettings, onDrill, onCustomer }: Props) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const { filters, definitions: d, available } = context;
  const materialised = context.report?.materialised ?? null;
  const { kpi, bucket, dimension } = settings;
  const kept = useMemo(() => readFindings(settings.findings), [settings.findings]);
  const onKeep = useCallback(
    (f: Finding) => {
      if (kept.some((k) => findingKey(k) === findingKey(f))) return;
      onSettings({ ...settings, findings: [...kept, f] as never });
    },
    [kept, onSettings, settings],
  );
  const onRemove = (f: Finding) =>
    onSettings({ ...settings, findings: kept.filter((k) => findingKey(k) !== findingKey(f)) as never });
  const [onDemand, setOnDemand] = useState<Record<string, readonly Finding[]>>({});
  const onFindings = useCallback((source: string, found: readonly Finding[]) => {
    setOnDemand((before) =>
      JSON.stringify(before[source]) === JSON.stringify(found) ? before : { ...before, [source]: found },
    );
  }, []);
  const dims = useMemo(() => calendarDims(available), [available]);
  const dispersionState = useDispersion(filters, d, kpi, bucket);
  const effectsState = useCalendarEffects(filters, d, dims);
  const dispersion = current(dispersionState);
  const effects = current(effectsState);
  const spreadState = useSpread(filters, d, kpi, bucket, dimension, dispersion, effects);
  const heatState = useHeatmaps(filters, d, kpi, dimension);
  const periods = readPeriods(settings.periods);
  const changeState = useChange(filters, d, kpi, dimension, periods);
  const bandState = useBand(filters, d, kpi, settings.bandGrain, settings.baselineWeeks, settings.bandZ);
  const mixState = useMixShift(
    filters,
    available.has('customer_id') && available.has('reason'),
    settings.basicReasons,
    settings.mixWindowDays,
    settings.mixMinContacts,
  );
  const section: SectionProps = {
    filters,
    definitions: d,
    available,
    kpi,
    bucket,
    dimension,
    kept,
    onKeep,
    onFindings,
    t,
    language,
  };
  const ctx = { t, language, kpi };
  const locked = kpiLock(t, kpi, available, d, materialised);
  const spread = current(spreadState);
  const band = current(bandState);
  const mix = current(mixState);
  const now = useMemo(() => {
    if (!effects || !spread || !band || !dispersion) return null;
    const sd = dispersion.stats.sd;
    return [
      ...effects.map((e) => calendarFinding(ctx, e)),
      ...(sd === null ? [] : headlineLeaveOuts(spread.loo).map((l) => leaveOutFinding(ctx, dimension, l, sd, bucket))),
      ...band.filter((p) => p.outside).map((p) => anomalyFinding(ctx, p, settings.baselineWeeks)),
      ...(mix
        ? shiftedCustomers(mix.customers, settings.mixMinRise).map((c) => mixShiftFinding(ctx, c, mix.from ?? ''))
        : []),
      ...Object.values(onDemand).flat(),
    ];
    // eslint-disable-next-line react-hooks/exhaustive-deps -- ctx is rebuilt from t, language and kpi
  }, [
    effects,
    spread,
    band,
    dispersion,
    mix,
    onDemand,
    t,
    language,
    kpi,
    dimension,
    settings.baselineWeeks,
    settings.mixMinRise,
    bucket,
  ]);
  const change = current(changeState);
  const heat = current(heatState);
  const links = useMemo(() => ({ onDrill, onCustomer }), [onDrill, onCustomer]);
  const busy = [dispersionState, effectsState, spreadState, changeState, bandState].some(
    (s) => s.status !== 'ready' && s.status !== 'failed',
  );
  return (
    <LinksContext.Provider value={links}>
      <section className="variance" data-testid="variance" aria-busy={busy}>
        <h2>{t('variance.title')}</h2>
        <p className="variance-note">{t('variance.intro', { kpi: t(`variance.kpiName.${kpi}`) })}</p>
        <VarianceControls
          settings={settings}
          onSettings={onSettings}
          available={available}
          definitions={d}
          materialised={materialised}
          t={t}
        />
        {locked !== null && (
          <p className="variance-note variance-locked" role="status">
            {t('variance.kpiUnavailable', { kpi: t(`variance.kpiName.${kpi}`), why: locked })}
          </p>
        )}
        {isRepeatRate(kpi) && <p className="variance-note">{t('variance.repeatNote', { n: d.repeatDays })}</p>}
        <KeptFindings kept={kept} now={now} onRemove={onRemove} t={t} bucket={bucket} kpi={kpi} />
        {locked === null && (
          <>
            <QueryStatus state={dispersionState} />
            {dispersion && dispersion.stats.n === 0 && <p>{t('variance.noData')}</p>}
            {dispersion && <DispersionSection {...section} data={dispersion} weeks={settings.baselineWeeks} />}
            <QueryStatus state={heatState} />
            {heat && <HeatmapSection {...section} dom={heat.dom} hourWeekday={heat.hourWeekday} />}
            <QueryStatus state={effectsState} />
            {spread && dispersion && <SpreadSection {...section} data={spread} sd={dispersion.stats.sd} />}
            {effects && <CalendarSection {...section} effects={effects} />}
            <QueryStatus state={changeState} />
            {change && (
              <ChangeSection
                {...section}
                periods={change.periods}
                split={change.split}
                onPeriods={(p) => onSettings({ ...settings, periods: p as never })}
              />
            )}
            <QueryStatus state={bandState} />
            {band && (
              <BandSection
                {...section}
                points={band}
                grain={settings.bandGrain}
                weeks={settings.baselineWeeks}
                z={settings.bandZ}
                onBand={(p) =>
                  onSettings({
                    ...settings,
                    bandGrain: p.grain ?? settings.bandGrain,
                    baselineWeeks: p.weeks ?? settings.baselineWeeks,
                    bandZ: p.z ?? settings.bandZ,
                  })
                }
              />
            )}
          </>
        )}
        {mix && (
          <MixSection
            {...section}
            data={mix}
            windowDays={settings.mixWindowDays}
            minContacts={settings.mixMinContacts}
            minRise={settings.mixMinRise}
            onMix={(p) =>
              onSettings({
                ...settings,
                basicReasons: p.basic ?? settings.basicReasons,
                mixWindowDays: p.windowDays ?? settings.mixWindowDays,
                mixMinContacts: p.minContacts ?? settings.mixMinContacts,
                mixMinRise: p.minRise ?? settings.mixMinRise,
              })
            }
          />
        )}
      </section>
    </LinksContext.Provider>
  );
}
