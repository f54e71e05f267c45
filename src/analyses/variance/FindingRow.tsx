import { useContext } from 'react';
import { useT } from '../../i18n/react';
import { FindingItem } from '../common/findings/FindingItem';
import { findingKey, type Finding } from '../common/findings/finding';
import { LinksContext, type DrillSlice } from './links';

interface Props {
  readonly finding: Finding;
  readonly slice?: DrillSlice;
  readonly kept: readonly Finding[];
  readonly onKeep: (finding: Finding) => void;
  readonly children?: React.ReactNode;
}

/** A finding with its controls: keep it in the view (re-run on new data), and open its calls. */
export function FindingRow({ finding, slice, kept, onKeep, children }: Props) {
  const t = useT();
  const { onDrill } = useContext(LinksContext);
  const isKept = kept.some((k) => findingKey(k) === findingKey(finding));
  return (
    <FindingItem finding={finding}>
      <span className="variance-actions">
        <button type="button" disabled={isKept} onClick={() => onKeep(finding)}>
          {isKept ? t('variance.kept') : t('variance.keep')}
        </button>
        {onDrill && slice && (
          <button type="button" onClick={() => onDrill(slice)}>
            {t('variance.showCalls')}
          </button>
        )}
        {children}
      </span>
    </FindingItem>
  );
}
