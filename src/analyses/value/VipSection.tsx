import { formatNumber } from '../../i18n';
import { useMemo } from 'react';
import { useLanguageStore, useT, type Translate } from '../../i18n/react';
import type { Language } from '../../i18n';
import type { RenderChart } from './chart-host';
import { scatterOption } from './charts';
import { Figure } from './Figure';
import { formatMeasure, formatStat } from './format';
import type { Vip, VipList } from './read-customers';
import type { ValueOverview } from './use-value';
import type { ValueSettings } from './value-spec';

interface Props {
  overview: ValueOverview;
  settings: ValueSettings;
  renderChart: RenderChart;
  onCustomer: (id: string) => void;
}

function why(t: Translate, language: Language, settings: ValueSettings, list: VipList, vip: Vip): string {
  const rule = settings.vipRule;
  const f = (v: number | null) => formatMeasure(language, settings.vipMeasure, v);
  if (rule.kind === 'z')
    return t('value.vip.why.z', { z: formatStat(language, vip.z), k: rule.k, mean: f(list.mean), sd: f(list.sd) });
  if (rule.kind === 'robust')
    return t('value.vip.why.robust', {
      m: formatStat(language, vip.robust),
      t: rule.threshold,
      median: f(list.median),
      mad: f(list.mad),
    });
  return t('value.vip.why.top', { rank: vip.rank, n: vip.n, p: rule.percent });
}

/** The VIPs by the chosen rule, each with why it qualifies, and revenue against cost with VIPs marked. */
export function VipSection({ overview, settings, renderChart, onCustomer }: Props) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const { vips } = overview;
  const option = useMemo(
    () =>
      scatterOption(overview.scatter, {
        others: t('value.scatter.others'),
        vips: t('value.scatter.vips'),
        x: t('value.scatter.x'),
        y: t('value.scatter.y'),
        line: (ratio) => t('value.scatter.line', { ratio }),
      }),
    [overview.scatter, t],
  );
  return (
    <section className="value-section" aria-labelledby="value-vips">
      <h3 id="value-vips">{t('value.vip')}</h3>
      <div className="value-figs">
        <Figure
          name="vip_count"
          label={t('value.vip.count')}
          definition={t('value.def.vipCount')}
          value={vips.count}
          text={String(vips.count)}
        />
      </div>
      {vips.count === 0 ? (
        <p className="value-note">{t('value.vip.none')}</p>
      ) : (
        <table className="value-mini" data-testid="value-vip-list">
          <tbody>
            {vips.vips.map((v) => (
              <tr key={v.customerId} data-key={v.customerId}>
                <td>
                  <button type="button" className="linkish" onClick={() => onCustomer(v.customerId)}>
                    {v.customerId}
                  </button>
                </td>
                <td>{v.name}</td>
                <td className="num">{formatMeasure(language, settings.vipMeasure, v.x)}</td>
                <td>{why(t, language, settings, vips, v)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {vips.count > vips.vips.length && (
        <p className="value-note">
          {t('value.vip.more', {
            shown: formatNumber(language, vips.vips.length),
            count: formatNumber(language, vips.count),
          })}
        </p>
      )}
      {overview.scatter.length > 0 && renderChart(option, t('value.scatter'))}
    </section>
  );
}
