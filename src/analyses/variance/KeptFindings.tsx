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
}

/** Findings kept in the view, found again on the data now loaded, each with whether it still holds. */
export function KeptFindings({ kept, now, onRemove, t, bucket }: Props) {
  if (kept.length === 0) return null;
  return (
    <section className="variance-section" data-testid="variance-kept">
      <h3>{t('variance.findings.title')}</h3>
      <p className="variance-note">{t('variance.findings.intro')}</p>
      <ul className="variance-findings">
        {kept.map((f) => {
          const foundBy = (f as { bucket?: unknown }).bucket;
          const elsewhere = typeof foundBy === 'string' && foundBy !== bucket;
          const verdict = now && !elsewhere ? recheck(f, now) : undefined;
          return (
            <FindingItem
              key={findingKey(f)}
              finding={f}
              verdict={verdict}
              verdictLabel={verdict ? t(`variance.verdict.${verdict}`) : undefined}
            >
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
