import { FindingItem } from '../common/findings/FindingItem';
import { findingKey, recheck, type Finding } from '../common/findings/finding';
import type { Translate } from './format';

interface Props {
  readonly kept: readonly Finding[];
  /** Findings of this run (null while they compute). */
  readonly now: readonly Finding[] | null;
  readonly onRemove: (f: Finding) => void;
  readonly t: Translate;
  /** The bucket the panel shows: a leave-one-out found over another bucket is not checked against it. */
  readonly bucket: string;
  /** The KPI the panel shows: a finding about another KPI's spread is not checked against this one's. */
  readonly kpi: string;
}

/** Findings about the chosen KPI's values (the calendar's are about volume, the mix shift's about reasons). */
const PER_KPI = new Set(['leave_one_out', 'anomaly', 'driver']);

/** Findings kept in the view, found again on the data now loaded, each with whether it still holds. */
export function KeptFindings({ kept, now, onRemove, t, bucket, kpi }: Props) {
  if (kept.length === 0) return null;
  return (
    <section className="variance-section" data-testid="variance-kept">
      <h3>{t('variance.findings.title')}</h3>
      <p className="variance-note">{t('variance.findings.intro')}</p>
      <ul className="variance-findings">
        {kept.map((f) => {
          const foundBy = (f as { bucket?: unknown }).bucket;
          const otherKpi = PER_KPI.has(f.kind) && f.kpi !== undefined && f.kpi !== kpi ? f.kpi : null;
          const elsewhere = otherKpi === null && typeof foundBy === 'string' && foundBy !== bucket;
          const verdict = now && !elsewhere && otherKpi === null ? recheck(f, now) : undefined;
          return (
            <FindingItem
              key={findingKey(f)}
              finding={f}
              verdict={verdict}
              verdictLabel={verdict ? t(`variance.verdict.${verdict}`) : undefined}
            >
              {otherKpi !== null && (
                <span className="variance-note">
                  {' '}
                  {t('variance.findings.otherKpi', { kpi: t(`variance.kpiName.${otherKpi}`) })}
                </span>
              )}
              {elsewhere && (
                <span className="variance-note">
                  {' '}
                  {t('variance.findings.otherBucket', { bucket: t(`variance.bucket.${foundBy}`) })}
                </span>
              )}
              <button type="button" onClick={() => onRemove(f)}>
                {t('variance.findings.remove')}
              </button>
            </FindingItem>
          );
        })}
      </ul>
    </section>
  );
}
