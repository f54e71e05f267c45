import { useCallback, useMemo, useState } from 'react';
import type { Engine } from '../../engine/engine';
import { formatNumber } from '../../i18n';
import { callsWhere } from '../../metrics';
import { sql } from '../../sql';
import { callsSlice } from '../common/drill/drill-slice';
import { openDrill } from '../common/drill/drill-store';
import { useLanguageStore, useT } from '../../i18n/react';
import { count, str } from './cells';
import type { RenderChart } from './chart-host';
import { whaleOption } from './charts';
import { Figure } from './Figure';
import { formatMeasure, formatShare } from './format';
import type { ValueOverview } from './use-value';
import type { ValueSpec } from './value-spec';
import { lossMakerReasonsSql, lossMakersSql } from './whale-sql';

interface Props {
  engine: Engine;
  spec: ValueSpec;
  overview: ValueOverview;
  renderChart: RenderChart;
}

interface TailReason {
  readonly reason: string;
  readonly contacts: number;
  readonly handleMin: number;
}

/** The whale curve, its peak, the loss-makers, and (on a click on the tail) what they call about. */
export function WhaleSection({ engine, spec, overview, renderChart }: Props) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const { whale: w, whaleCurve } = overview;
  const [tail, setTail] = useState<readonly TailReason[] | null>(null);
  const peak = w.peakShare !== null && w.peakHeight !== null;
  const option = useMemo(
    () =>
      whaleOption(whaleCurve, w.peakShare !== null && w.peakHeight !== null ? [w.peakShare, w.peakHeight] : null, {
        curve: t('value.whale'),
        x: t('value.whale.x'),
        y: t('value.whale.y'),
      }),
    [whaleCurve, w.peakShare, w.peakHeight, t],
  );
  const showTail = useCallback(() => {
    void engine.query(lossMakerReasonsSql(spec)).then((r) =>
      setTail(
        r.rows.map((row) => ({
          reason: str(row.reason) ?? '',
          contacts: count(row.contacts),
          handleMin: count(row.handle_min),
        })),
      ),
    );
  }, [engine, spec]);
  if (w.n === 0 || w.total === null) return null;
  return (
    <section className="value-section" aria-labelledby="value-whale">
      <h3 id="value-whale">{t('value.whale')}</h3>
      <div className="value-figs">
        <Figure
          name="whale_peak_share"
          label={t('value.whale.peakShare')}
          definition={t('value.def.peakShare')}
          value={w.peakShare}
          text={formatShare(language, w.peakShare)}
        />
        <Figure
          name="loss_making_share"
          label={t('value.whale.lossShare')}
          definition={t('value.def.lossShare')}
          value={w.lossShare}
          text={formatShare(language, w.lossShare)}
        />
      </div>
      {peak && (
        <p>
          {t('value.whale.peak', {
            share: formatShare(language, w.peakShare),
            height: formatShare(language, w.peakHeight),
          })}
          {language === 'en' ? ' ' : ''}
          {w.lossCount > 0
            ? t('value.whale.loss', {
                share: formatShare(language, w.lossShare),
                count: formatNumber(language, w.lossCount),
                sum: formatMeasure(language, 'net', w.lossSum),
              })
            : t('value.whale.noLoss')}
        </p>
      )}
      {renderChart(option, t('value.whale'), (params) => {
        const point = whaleCurve[params.dataIndex];
        if (point && w.peakShare !== null && point[0] >= w.peakShare) showTail();
      })}
      {w.lossCount > 0 && (
        <p className="value-actions">
          <button type="button" onClick={showTail} data-testid="value-tail">
            {t('value.whale.tail')}
          </button>{' '}
          <button
            type="button"
            onClick={() =>
              openDrill(
                callsSlice(sql`${callsWhere(spec.filters)} and ${lossMakersSql(spec)}`, t('value.whale.tailCalls')),
              )
            }
            data-testid="value-tail-calls"
          >
            {t('value.whale.tailCalls')}
          </button>
        </p>
      )}
      {tail && (
        <table className="value-mini" data-testid="value-tail-reasons">
          <tbody>
            {tail.map((r) => (
              <tr key={r.reason} data-key={r.reason}>
                <td>{r.reason}</td>
                <td className="num" data-figure="value.tail_contacts" data-value={r.contacts}>
                  {formatNumber(language, r.contacts)}
                </td>
                <td>{formatMeasure(language, 'cost', r.handleMin)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
