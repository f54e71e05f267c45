import { formatNumber } from '../../i18n';
import { join, sql, type Fragment } from '../../sql';
import { callsWhere } from '../../metrics';
import { rowsSql } from '../../ui/export/rows-sql';
import { dimensionSql } from '../common/change/dimensions';
import { SectionExport } from '../common/SectionExport';
import type { Finding } from '../common/findings/finding';
import { Figure } from './Figure';
import { leaveOutFinding, leftOutText } from './findings';
import { FindingRow } from './FindingRow';
import { formatSpread, percent } from './format';
import type { SectionProps } from './section-props';
import { headlineLeaveOuts, type LeaveOut } from './spread-shape';
import type { SpreadData } from './use-variance';

interface Props extends SectionProps {
  readonly data: SpreadData;
  readonly sd: number | null;
}

const list = (values: readonly (string | number)[]) =>
  join(
    values.map((v) => sql`${v}`),
    ', ',
  );

/** The calls a leave-one-out leaves out, as a predicate. */
function leftOutWhere(base: Fragment, dim: string, l: LeaveOut): Fragment {
  const parts: Fragment[] = [base];
  if (l.segments) {
    const named = l.segments.filter((s): s is string => s !== null);
    parts.push(sql`${dimensionSql(dim as never)} in (${named.length ? list(named) : sql`null`})`);
  }
  if (l.daysOfMonth) parts.push(sql`day(started_at) in (${list(l.daysOfMonth)})`);
  if (l.weekday !== undefined) parts.push(sql`isodow(started_at) = ${l.weekday}`);
  if (l.hour !== undefined) parts.push(sql`hour(started_at) = ${l.hour}`);
  return join(parts, ' and ');
}

/** Within/between split and the leave-one-out rankings, with their best results as findings. */
export function SpreadSection(props: Props) {
  const { data, sd, kpi, bucket, dimension, t, language, filters, kept, onKeep } = props;
  const { split, loo } = data;
  const ctx = { t, language, kpi };
  const params = { bucket: t(`variance.bucket.${bucket}`), dimension: t(`variance.dim.${dimension}`) };
  const base = callsWhere(filters);
  const headlines: Finding[] =
    sd === null
      ? []
      : headlineLeaveOuts(loo)
          .slice(0, 3)
          .map((l) => leaveOutFinding(ctx, dimension, l, sd, bucket));
  const s = (v: number | null) => formatSpread(language, t, kpi, v);
  return (
    <section className="variance-section" data-testid="variance-spread">
      <h3>{t('variance.spread.title')}</h3>
      <div className="variance-figures">
        <Figure
          name="within_share"
          label={t('variance.fig.within_share')}
          value={split.withinShare}
          shown={split.withinShare === null ? '—' : percent(language, split.withinShare)}
          definition={t('variance.def.within_share', params)}
        />
        <Figure
          name="between_share"
          label={t('variance.fig.between_share')}
          value={split.betweenShare}
          shown={split.betweenShare === null ? '—' : percent(language, split.betweenShare)}
          definition={t('variance.def.between_share', params)}
        />
      </div>
      <p className="variance-note">
        {t('variance.spread.total', {
          total: formatNumber(language, split.total, 6),
          within: formatNumber(language, split.within, 6),
          between: formatNumber(language, split.between, 6),
        })}
      </p>
      <ul className="variance-findings" data-testid="variance-loo-findings">
        {headlines.map((f, i) => (
          <FindingRow
            key={f.sentence}
            finding={f}
            kept={kept}
            onKeep={onKeep}
            slice={{ where: leftOutWhere(base, dimension, headlineLeaveOuts(loo)[i]!), label: f.sentence }}
          />
        ))}
      </ul>
      <h4>{t('variance.loo.title')}</h4>
      <SectionExport
        query={() =>
          rowsSql(
            [t('variance.loo.what'), t('variance.loo.sd'), t('variance.loo.added'), t('variance.loo.calls')],
            loo.map((l) => [leftOutText(ctx, dimension, l), l.sd, l.added, l.calls]),
          )
        }
        title={t('variance.loo.title')}
      />
      <div className="variance-table-wrap">
        <table className="variance-table" data-testid="variance-loo">
          <thead>
            <tr>
              <th>{t('variance.loo.what')}</th>
              <th>{t('variance.loo.sd')}</th>
              <th>{t('variance.loo.added')}</th>
              <th>{t('variance.loo.calls')}</th>
            </tr>
          </thead>
          <tbody>
            {loo.slice(0, 10).map((l) => {
              const what = leftOutText(ctx, dimension, l);
              return (
                <tr key={what} data-key={what}>
                  <td>{what}</td>
                  <td>{s(l.sd)}</td>
                  <td>{s(l.added)}</td>
                  <td>{formatNumber(language, l.calls)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
