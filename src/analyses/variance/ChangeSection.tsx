import { useContext, useMemo, useState } from 'react';
import { callsWhere, KPI_META, withoutDates } from '../../metrics';
import { sql } from '../../sql';
import { LazyChart } from '../../ui/chart/LazyChart';
import { rowsSql } from '../../ui/export/rows-sql';
import { dimensionSql } from '../common/change/dimensions';
import type { ChangeSplit } from '../common/change/kitagawa-shape';
import { SectionExport } from '../common/SectionExport';
import { waterfallOption, type WaterfallStep } from './chart-option';
import { Explain } from './Explain';
import { Figure } from './Figure';
import { formatDelta, formatValue, percent, segmentLabel } from './format';
import { daysIn, type ComparedPeriods } from './periods';
import { periodPredicate } from './predicates';
import { scaleOf } from './scale';
import type { SectionProps } from './section-props';
import { PeriodPicker } from './PeriodPicker';
import { LinksContext } from './links';

interface Props extends SectionProps {
  readonly periods: ComparedPeriods;
  readonly split: ChangeSplit;
  readonly onPeriods: (p: ComparedPeriods) => void;
}

/** Segments drawn one by one in the waterfall; the rest are summed as one step. */
const SHOWN = 6;

/** Period over period: Kitagawa's mix/rate split per segment as a waterfall and a table, then "why did it move?". */
export function ChangeSection(props: Props) {
  const { periods, split, kpi, dimension, t, language, filters, onPeriods } = props;
  const { onDrill } = useContext(LinksContext);
  const [why, setWhy] = useState(true);
  const v = (x: number | null) => formatValue(language, t, kpi, x);
  const d = (x: number | null) => formatDelta(language, t, kpi, x);
  const dimName = t(`variance.dim.${dimension}`);
  const scale = scaleOf(kpi, t('variance.seconds', { value: '' }).trim());
  const option = useMemo(() => {
    const steps: WaterfallStep[] = [];
    const name = (s: string | null) => segmentLabel(t, dimension, s);
    split.segments.slice(0, SHOWN).forEach((s) => {
      if (split.additive) steps.push({ label: name(s.segment), delta: s.total });
      else {
        steps.push({ label: `${name(s.segment)} · ${t('variance.waterfall.mix')}`, delta: s.mix });
        steps.push({ label: `${name(s.segment)} · ${t('variance.waterfall.rate')}`, delta: s.rate });
      }
    });
    const rest = split.segments.slice(SHOWN).reduce((a, s) => a + s.total, 0);
    if (split.segments.length > SHOWN) steps.push({ label: t('variance.others'), delta: rest });
    const labels = {
      before: t('variance.waterfall.before'),
      after: t('variance.waterfall.after'),
      rise: '+',
      fall: '−',
    };
    return waterfallOption(split.before ?? 0, steps, labels, scale, KPI_META[kpi].upIsGood);
  }, [split, t, dimension, scale, kpi]);
  const words = {
    test: `${periods.test.from} – ${periods.test.to}`,
    control: `${periods.control.from} – ${periods.control.to}`,
    period: `${periods.test.from}/${periods.test.to}`,
  };
  const base = callsWhere(withoutDates(filters));
  const kpiName = t(`variance.kpiName.${kpi}`);
  return (
    <section className="variance-section" data-testid="variance-change">
      <h3>{t('variance.change.title')}</h3>
      <PeriodPicker key={JSON.stringify(periods)} periods={periods} onChange={onPeriods} t={t} />
      <p>
        {t('variance.change.summary', {
          kpi: kpiName,
          before: v(split.before),
          after: v(split.after),
          control: words.control,
          test: words.test,
        })}
      </p>
      <div className="variance-figures">
        <Figure
          name="total_change"
          label={t('variance.fig.total_change')}
          value={split.total}
          shown={d(split.total)}
          definition={t('variance.def.total_change')}
        />
        <Figure
          name="mix_effect"
          label={t('variance.fig.mix_effect')}
          value={split.mix}
          shown={d(split.mix)}
          definition={t(split.additive ? 'variance.def.volume' : 'variance.def.mix_effect', { dimension: dimName })}
        />
        <Figure
          name="rate_effect"
          label={t('variance.fig.rate_effect')}
          value={split.rate}
          shown={d(split.rate)}
          definition={t(split.additive ? 'variance.def.volume' : 'variance.def.rate_effect', { dimension: dimName })}
        />
      </div>
      <LazyChart option={option} label={t('variance.waterfall', { kpi: kpiName, dimension: dimName })} height={340} />
      <SectionExport
        query={() =>
          rowsSql(
            [
              dimName,
              t('variance.table.share0'),
              t('variance.table.share1'),
              t('variance.table.r0'),
              t('variance.table.r1'),
              t('variance.table.mix'),
              t('variance.table.rate'),
              t('variance.table.total'),
            ],
            split.segments.map((s) => [
              segmentLabel(t, dimension, s.segment),
              s.share0,
              s.share1,
              s.r0,
              s.r1,
              s.mix,
              s.rate,
              s.total,
            ]),
          )
        }
        title={t('variance.change.title')}
      />
      <div className="variance-table-wrap">
        <table className="variance-table" data-testid="variance-kitagawa">
          <thead>
            <tr>
              <th>{dimName}</th>
              <th>{t('variance.table.share0')}</th>
              <th>{t('variance.table.share1')}</th>
              <th>{t('variance.table.r0')}</th>
              <th>{t('variance.table.r1')}</th>
              <th>{t('variance.table.mix')}</th>
              <th>{t('variance.table.rate')}</th>
              <th>{t('variance.table.total')}</th>
              {onDrill && <th />}
            </tr>
          </thead>
          <tbody>
            {split.segments.map((s) => (
              <tr key={String(s.segment)} data-key={String(s.segment)}>
                <td>{segmentLabel(t, dimension, s.segment)}</td>
                <td>{percent(language, s.share0)}</td>
                <td>{percent(language, s.share1)}</td>
                <td>{split.additive ? s.r0 : v(s.r0)}</td>
                <td>{split.additive ? s.r1 : v(s.r1)}</td>
                <td>{d(s.mix)}</td>
                <td>{d(s.rate)}</td>
                <td>{d(s.total)}</td>
                {onDrill && (
                  <td>
                    <button
                      type="button"
                      onClick={() =>
                        onDrill({
                          where: sql`${base} and ${periodPredicate(periods.test)} and ${s.segment === null ? sql`${dimensionSql(dimension)} is null` : sql`${dimensionSql(dimension)} = ${s.segment}`}`,
                          label: `${words.test}: ${segmentLabel(t, dimension, s.segment)}`,
                        })
                      }
                    >
                      {t('variance.showCalls')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td>{t('variance.table.sum')}</td>
              <td colSpan={4} />
              <td>{d(split.mix)}</td>
              <td>{d(split.rate)}</td>
              <td>{d(split.total)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <h3>{t('variance.why.title')}</h3>
      <p className="variance-note">{t('variance.why.intro', { test: words.test, control: words.control })}</p>
      <button type="button" aria-expanded={why} onClick={() => setWhy(!why)}>
        {t('variance.why.title')}
      </button>
      {why && (
        <Explain
          {...props}
          keepDates={false}
          comparison={{
            test: periodPredicate(periods.test),
            control: periodPredicate(periods.control),
            own: null,
            testDays: daysIn(periods.test),
            controlDays: daysIn(periods.control),
          }}
          words={words}
        />
      )}
    </section>
  );
}
