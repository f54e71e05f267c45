import { useEffect, useMemo, useState } from 'react';
import type { Engine, QueryResult } from '../../engine/engine';
import { useLanguageStore, useT } from '../../i18n/react';
import { count, first, num, str } from './cells';
import type { RenderChart } from './chart-host';
import { timelineOption } from './charts';
import { Figure } from './Figure';
import { formatMeasure, formatStat } from './format';
import { customerLifetimeSql } from './lifetime-sql';
import { profileReasonsSql, profileSql, profileTimelineSql } from './profile-sql';
import type { ValueSpec } from './value-spec';

interface Props {
  engine: Engine;
  spec: ValueSpec;
  customerId: string;
  improverReasons: readonly string[];
  renderChart: RenderChart;
  onBack: () => void;
}

interface ProfileData {
  readonly profile: QueryResult;
  readonly timeline: QueryResult;
  readonly reasons: QueryResult;
  readonly lifetime: QueryResult | null;
}

const FLAGS = ['sustained', 'potential', 'improver'] as const;

/** One customer on one page (seed 003): value figures and rank, tier and kinds, contacts over time, reason mix. */
export function CustomerProfile({ engine, spec, customerId, improverReasons, renderChart, onBack }: Props) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const [data, setData] = useState<ProfileData | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([
      engine.query(profileSql(spec, customerId, improverReasons)),
      engine.query(profileTimelineSql(spec, customerId)),
      engine.query(profileReasonsSql(spec, customerId)),
      spec.inputs.periods ? engine.query(customerLifetimeSql(spec, customerId)) : Promise.resolve(null),
    ])
      .then(([profile, timeline, reasons, lifetime]) => live && setData({ profile, timeline, reasons, lifetime }))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [engine, spec, customerId, improverReasons]);
  const option = useMemo(
    () =>
      timelineOption(
        (data?.timeline.rows ?? []).map((r) => ({
          month: str(r.month) ?? '',
          contacts: count(r.contacts),
          answered: count(r.answered),
        })),
        {
          contacts: t('value.profile.contacts'),
          answered: t('value.profile.answered'),
          month: t('value.profile.month'),
          calls: t('value.profile.calls'),
        },
      ),
    [data, t],
  );
  const p = data ? first(data.profile) : null;
  const life = data?.lifetime ? first(data.lifetime) : null;
  const money = (key: 'revenue' | 'cost' | 'net') => formatMeasure(language, key, num(p?.[key]));
  return (
    <section className="value-profile" data-testid="value-profile" data-key={customerId}>
      <button type="button" onClick={onBack}>
        {t('value.profile.back')}
      </button>
      <h2>
        {t('value.profile', { id: customerId })} {p?.name ? `· ${str(p.name)}` : ''}
      </h2>
      {data && !data.profile.rows.length && <p className="value-note">{t('value.profile.none')}</p>}
      {p && data?.profile.rows.length ? (
        <>
          <div className="value-figs">
            {(['revenue', 'cost', 'net'] as const).map((key) => (
              <Figure
                key={key}
                name={`profile_${key}`}
                label={t(`value.col.${key}`)}
                definition={t(`value.measure.${key}`)}
                value={num(p[key])}
                text={money(key)}
              />
            ))}
            <Figure
              name="profile_ratio"
              label={t('value.col.ratio')}
              definition={t('value.measure.ratio')}
              value={num(p.ratio)}
              text={p.no_cost === true ? t('value.noCost') : formatStat(language, num(p.ratio))}
            />
          </div>
          <p>
            {t('value.profile.rank', {
              ratioRank: p.ratio === null ? '—' : count(p.ratio_rank),
              ranked: count(p.ranked_on_ratio),
              netRank: count(p.net_rank),
              customers: count(p.customers),
            })}
          </p>
          {life && (
            <p>
              {t('value.profile.lifetime', {
                pooled: formatStat(language, num(life.pooled_ratio)),
                periods: count(life.periods),
                mean: formatStat(language, num(life.mean_ratio)),
              })}
            </p>
          )}
          <h3>{t('value.profile.flags')}</h3>
          <ul className="value-flags">
            {p.tier ? (
              <li data-key="tier">{t(`value.tier.${str(p.tier)}`, { days: spec.settings.tierDays })}</li>
            ) : null}
            {p.segment ? <li data-key="segment">{str(p.segment)}</li> : null}
            {FLAGS.filter((f) => p[f] === true).map((f) => (
              <li key={f} data-key={f}>
                {t(`value.kind.${f}`)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {data && data.timeline.rows.length > 0 && (
        <>
          <h3>{t('value.profile.timeline')}</h3>
          {renderChart(option, t('value.profile.timeline'))}
        </>
      )}
      {data && data.reasons.rows.length > 0 && (
        <>
          <h3>{t('value.profile.reasons')}</h3>
          <table className="value-mini" data-testid="value-profile-reasons">
            <tbody>
              {data.reasons.rows.map((r) => (
                <tr key={str(r.reason) ?? ''} data-key={str(r.reason) ?? ''}>
                  <td>{str(r.reason)}</td>
                  <td>{str(r.category)}</td>
                  <td className="num">{count(r.contacts)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
