import { formatNumber, type Language } from '../../i18n';
import type { Finding } from '../common/findings/finding';
import type { Driver } from '../common/change/drivers-shape';
import type { DecomposableKpi } from '../common/change/kpi-weight';
import type { BandPoint } from './band-shape';
import type { CalendarEffect } from './effects-shape';
import {
  daysText,
  formatDelta,
  formatSpread,
  formatValue,
  joinAnd,
  percent,
  segmentLabel,
  type Translate,
} from './format';
import type { CustomerMix } from './mixshift-shape';
import type { LeaveOut } from './spread-shape';

interface Ctx {
  readonly t: Translate;
  readonly language: Language;
  readonly kpi: DecomposableKpi;
}

const kpiName = (c: Ctx) => c.t(`variance.kpiName.${c.kpi}`);
const lower = (c: Ctx, text: string) => (c.language === 'en' ? text.charAt(0).toLowerCase() + text.slice(1) : text);

/** A calendar effect as a finding (effect: calls ÷ expected − 1; support: the calls on those days). */
export function calendarFinding(c: Ctx, e: CalendarEffect): Finding {
  const { t, language } = c;
  const base = {
    kind: 'calendar' as const,
    kpi: 'offered',
    dimension: e.dim,
    segment: e.segment,
    effect: e.ratio - 1,
    support: e.observed,
  };
  const params = {
    segment: segmentLabel(t, e.dim, e.segment),
    dimension: t(`variance.dim.${e.dim}`),
    ratio: formatNumber(language, e.ratio, 2),
    observed: formatNumber(language, e.observed),
    expected: formatNumber(language, e.expected),
  };
  if (e.kind === 'day_of_month')
    return {
      ...base,
      days_of_month: e.daysOfMonth,
      sentence: t('variance.calendar.dom', {
        ...params,
        days: t('variance.days', { days: daysText(e.daysOfMonth ?? [], t('variance.daySeparator')) }),
        agree: e.months?.agree ?? 0,
        months: e.months?.total ?? 0,
      }),
    };
  const when =
    e.kind === 'weekday'
      ? t(`variance.weekdays.${e.weekday}`)
      : t('variance.hourBand', { hour: String(e.hour).padStart(2, '0') });
  return {
    ...base,
    ...(e.kind === 'weekday' ? { weekdays: [e.weekday!] } : { hours: [e.hour!] }),
    sentence: t('variance.calendar.cycle', { ...params, when }),
  };
}

/** What a leave-one-out left out, in words. */
export function leftOutText(c: Ctx, dim: string, l: LeaveOut): string {
  const { t } = c;
  const segs = l.segments?.map((s) => segmentLabel(t, dim as never, s));
  const days = l.daysOfMonth ? t('variance.days', { days: daysText(l.daysOfMonth, t('variance.daySeparator')) }) : null;
  if (segs && days) return t('variance.loo.segmentsDays', { segments: joinAnd(t, segs), days });
  if (segs) return joinAnd(t, segs);
  if (days) return days;
  if (l.weekday !== undefined) return t(`variance.weekdays.${l.weekday}`);
  return t('variance.hourBand', { hour: String(l.hour).padStart(2, '0') });
}

/** A leave-one-out result as a finding (effect: what it adds to the sd), with the bucket its sd is over. */
export function leaveOutFinding(c: Ctx, dim: string, l: LeaveOut, sd: number, bucket: string): Finding {
  const what = leftOutText(c, dim, l);
  const sentence = c.t('variance.loo.sentence', {
    what: what.charAt(0).toUpperCase() + what.slice(1),
    added: formatSpread(c.language, c.t, c.kpi, l.added),
    kpi: lower(c, kpiName(c)),
    sd: formatSpread(c.language, c.t, c.kpi, sd),
    without: formatSpread(c.language, c.t, c.kpi, l.sd),
  });
  const found: Finding & { bucket: string } = {
    kind: 'leave_one_out',
    kpi: c.kpi,
    bucket,
    ...(l.segments ? { dimension: dim, segment: l.segments.join(' + ') } : {}),
    ...(l.daysOfMonth ? { days_of_month: l.daysOfMonth } : {}),
    ...(l.weekday !== undefined ? { weekdays: [l.weekday] } : {}),
    ...(l.hour !== undefined ? { hours: [l.hour] } : {}),
    effect: l.added ?? 0,
    support: Math.round(l.calls),
    sentence,
  };
  return found;
}

/** A combination's conditions in words: `Reason = System slow or outage × Channel = Phone`. */
export function driverLabel(t: Translate, d: Driver): string {
  return d.conditions.map((x) => `${t(`variance.dim.${x.dim}`)} = ${segmentLabel(t, x.dim, x.value)}`).join(' × ');
}

/** One "why did it move" explanation as a finding, with n and the denominators in its sentence. */
export function driverFinding(
  c: Ctx,
  d: Driver,
  totals: { readonly change: number | null; readonly callsTest: number; readonly callsControl: number },
  words: { test: string; control: string; period?: string },
  kind: 'driver' | 'anomaly' = 'driver',
): Finding {
  const { t, language } = c;
  const { change } = totals;
  const carried = change && d.contribution !== null ? d.contribution / change : 0;
  return {
    kind,
    kpi: c.kpi,
    dimension: d.conditions.map((x) => x.dim).join(' × '),
    segment: d.conditions.map((x) => x.value).join(' × '),
    ...(words.period ? { period: words.period } : {}),
    effect: d.riskRatio,
    support: d.callsTest,
    sentence: t('variance.why.sentence', {
      segment: driverLabel(t, d),
      rr: formatNumber(language, d.riskRatio, 1),
      test: words.test,
      control: words.control,
      shareTest: percent(language, d.shareTest),
      callsTest: formatNumber(language, totals.callsTest),
      shareControl: percent(language, d.shareControl),
      callsControl: formatNumber(language, totals.callsControl),
      kpi: lower(c, kpiName(c)),
      kpiTest: formatValue(language, t, c.kpi, d.kpiTest),
      kpiControl: formatValue(language, t, c.kpi, d.kpiControl),
      carried: percent(language, carried, 0),
      change: formatDelta(language, t, c.kpi, change),
    }),
  };
}

/** A point outside its band as a finding (effect: value − median). */
export function anomalyFinding(c: Ctx, p: BandPoint, weeks: number): Finding {
  const { t, language } = c;
  const v = (x: number | null) => formatValue(language, t, c.kpi, x);
  return {
    kind: 'anomaly',
    kpi: c.kpi,
    period: p.bucket,
    effect: (p.value ?? 0) - (p.base ?? 0),
    support: p.calls,
    sentence: t('variance.band.sentence', {
      bucket: p.bucket,
      kpi: lower(c, kpiName(c)),
      value: v(p.value),
      lower: v(p.lower),
      upper: v(p.upper),
      base: v(p.base),
      weeks,
    }),
  };
}

/** A customer's question-mix shift as a finding (effect: the rise of the basic share). */
export function mixShiftFinding(c: Ctx, m: CustomerMix, from: string): Finding {
  const { t, language } = c;
  return {
    kind: 'mix_shift',
    kpi: 'basic_share',
    dimension: 'customer_id',
    segment: m.customer,
    period: from,
    effect: m.rise,
    support: m.nRecent,
    sentence: t('variance.mix.sentence', {
      customer: m.customer,
      base: percent(language, m.shareBase, 0),
      basicBase: m.basicBase,
      nBase: m.nBase,
      recent: percent(language, m.shareRecent, 0),
      basicRecent: m.basicRecent,
      nRecent: m.nRecent,
      from,
      jsd: formatNumber(language, m.jsd, 2),
    }),
  };
}
