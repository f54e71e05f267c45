import type { ReactNode } from 'react';
import { findingJson, type Finding, type Verdict } from './finding';

interface Props {
  readonly finding: Finding;
  /** For a finding kept in a saved view and run again: whether it still holds. */
  readonly verdict?: Verdict;
  readonly verdictLabel?: string;
  /** Controls beside the sentence (open its calls, keep it…). */
  readonly children?: ReactNode;
}

/** One finding: its sentence, with the object itself in `data-finding` for tests and users' scripts. */
export function FindingItem({ finding, verdict, verdictLabel, children }: Props) {
  return (
    <li className="finding" data-finding={findingJson(finding)} data-verdict={verdict}>
      <span className="finding-sentence">{finding.sentence}</span>
      {verdict && <span className={`finding-verdict finding-${verdict}`}>{verdictLabel ?? verdict}</span>}
      {children}
    </li>
  );
}
