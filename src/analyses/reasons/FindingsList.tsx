import { useT } from '../../i18n/react';
import { FindingItem } from '../common/findings/FindingItem';
import { recheck, type Finding, type FindingKind } from '../common/findings/finding';

interface Props {
  readonly findings: readonly Finding[];
  /** The kinds this list is about: keeping replaces the kept findings of these kinds. */
  readonly kinds: readonly FindingKind[];
  /** Every finding kept in the view; this list shows those of its kinds. */
  readonly kept: readonly Finding[];
  readonly onKeep: (findings: readonly Finding[], kinds: readonly FindingKind[]) => void;
}

/** This run's findings, a control to keep them in the view, and the kept ones checked against this data. */
export function FindingsList({ findings, kinds, kept: all, onKeep }: Props) {
  const t = useT();
  const kept = all.filter((f) => kinds.includes(f.kind));
  return (
    <div className="reasons-findings" data-testid="reasons-findings">
      <h4>{t('reasons.findings')}</h4>
      {findings.length === 0 ? (
        <p>{t('reasons.findings.none')}</p>
      ) : (
        <ul>
          {findings.map((f, i) => (
            <FindingItem key={i} finding={f} />
          ))}
        </ul>
      )}
      {findings.length > 0 && (
        <button type="button" onClick={() => onKeep(findings, kinds)}>
          {t('reasons.findings.keep')}
        </button>
      )}
      {kept.length > 0 && (
        <>
          <h4>{t('reasons.findings.kept')}</h4>
          <ul data-testid="reasons-kept">
            {kept.map((f, i) => {
              const verdict = recheck(f, findings);
              return (
                <FindingItem key={i} finding={f} verdict={verdict} verdictLabel={t(`reasons.verdict.${verdict}`)} />
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
