import { useEngineStore } from '../../state/engine-store';
import { TableExport } from '../../ui/export/TableExport';
import { fileNameFrom } from '../../ui/export/download';
import type { Fragment } from '../../sql';

interface Props {
  /** The statement behind the table (or `rowsSql` of rows worked out in the page). */
  readonly query: () => Fragment;
  /** The table's title: the file is named after it. */
  readonly title: string;
  readonly testId?: string;
}

/** An analysis table's Export button, on the app's engine. */
export function SectionExport({ query, title, testId }: Props) {
  const engine = useEngineStore((s) => (s.status === 'ready' ? s.engine : null));
  if (!engine) return null;
  return <TableExport engine={engine} query={query} fileName={fileNameFrom(title)} testId={testId} />;
}
