import { formatNumber } from '../../i18n';
import { useLanguageStore, useT } from '../../i18n/react';
import { formatMeasure, formatShare } from './format';
import type { MatrixCell } from './read-customers';
import type { ValueOverview } from './use-value';
import type { ValueSpec } from './value-spec';

interface Props {
  spec: ValueSpec;
  overview: ValueOverview;
}

const TIERS = ['A', 'B', 'C', 'D'] as const;

/** Seed 000's three kinds of valuable customer with their rules, and the segment × credit tier matrix. */
export function KindsSection({ spec, overview }: Props) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const s = spec.settings;
  const k = overview.kinds;
  const net = (v: number | null) => formatMeasure(language, 'net', v ?? 0);
  const reasons = overview.improverReasons.join(' / ') || '—';
  const kinds = [
    {
      id: 'sustained',
      count: k.sustained,
      net: k.sustainedNet,
      def: t('value.kind.def.sustained', { min: s.sustainedMin, periods: s.sustainedPeriods }),
    },
    {
      id: 'potential',
      count: k.potential,
      net: k.potentialNet,
      def: t('value.kind.def.potential', {
        days: s.newDays,
        new: k.isNew,
        sat: s.lowSatisfaction,
        comeback: s.comebackDays,
        back: k.comeback,
      }),
    },
    {
      id: 'improver',
      count: k.improver,
      net: k.improverNet,
      def: t('value.kind.def.improver', {
        min: s.improverMinContacts,
        reasons,
        share: formatShare(language, s.improverMinShare),
      }),
    },
  ];
  return (
    <section className="value-section" aria-labelledby="value-kinds">
      <h3 id="value-kinds">{t('value.kinds')}</h3>
      <ul className="value-kinds">
        {kinds.map((kind) => (
          <li key={kind.id} data-key={kind.id}>
            <strong>{t(`value.kind.${kind.id}`)}</strong>
            {t('value.kind.colon')}
            {kind.count === null ? (
              t('value.kind.needsPeriods')
            ) : (
              <span data-figure={`value.kind_${kind.id}`} data-value={kind.count}>
                {t('value.kind.summary', { count: formatNumber(language, kind.count), net: net(kind.net) })}
              </span>
            )}
            <div className="value-note">{kind.def}</div>
          </li>
        ))}
      </ul>
      <TierMatrix cells={overview.matrix} hasTiers={spec.inputs.arrears} days={s.tierDays} />
    </section>
  );
}

function TierMatrix({ cells, hasTiers, days }: { cells: readonly MatrixCell[]; hasTiers: boolean; days: number }) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  if (!hasTiers) return <p className="value-note">{t('value.tiers.none')}</p>;
  const rows = [...new Set(cells.map((c) => `${c.axis}\u0000${c.row}`))].map((key) => {
    const [axis, row] = key.split('\u0000') as [string, string];
    return { axis, row };
  });
  const cell = (axis: string, row: string, tier: string) =>
    cells.find((c) => c.axis === axis && c.row === row && c.tier === tier);
  return (
    <>
      <h4>{t('value.tiers')}</h4>
      <div className="value-scroll">
        <table className="value-mini" data-testid="value-tier-matrix">
          <thead>
            <tr>
              <th />
              {TIERS.map((tier) => (
                <th key={tier} title={t(`value.tier.${tier}`, { days })}>
                  {t(`value.tier.${tier}`, { days })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ axis, row }) => (
              <tr
                key={`${axis}:${row}`}
                data-key={`${axis}:${row}`}
                className={axis === 'kind' ? 'value-kind-row' : ''}
              >
                <th>{axis === 'kind' ? t(`value.kind.${row}`) : row || '—'}</th>
                {TIERS.map((tier) => {
                  const c = cell(axis, row, tier);
                  return (
                    <td key={tier} className="num" data-key={tier}>
                      {c ? (
                        <>
                          <span data-figure="value.matrix_customers" data-value={c.n}>
                            {formatNumber(language, c.n)}
                          </span>
                          {' · '}
                          <span data-figure="value.matrix_net" data-value={c.net ?? ''}>
                            {formatMeasure(language, 'net', c.net)}
                          </span>
                        </>
                      ) : (
                        '—'
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="value-note">{t('value.tiers.kindRows')}</p>
    </>
  );
}
