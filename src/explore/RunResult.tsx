import type { Engine } from '../engine/engine';
import { explainError } from '../engine/user-words';
import { useT } from '../i18n/react';
import { DataGrid } from '../ui/DataGrid';
import { PagedGrid } from '../ui/grid/PagedGrid';
import { errorHeadline } from './error-spot';
import { ONCE_MAX_ROWS, rawMessage } from './run-statements';
import type { RunState } from './use-run';

interface Props {
  engine: Engine;
  state: RunState;
  /** The editor's text, to say where an error is. */
  text: string;
  onGridSettled: (message: string | null) => void;
}

function lineAndColumn(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** What a run gave: rows in the paged grid, a statement's own result, or the error beside the query. */
export function RunResult({ engine, state, text, onGridSettled }: Props) {
  const t = useT();
  if (state.status === 'cancelled')
    return (
      <p className="explore-note" role="status" data-testid="explore-cancelled">
        {t('explore.cancelled')}
      </p>
    );
  if (state.status === 'failed') {
    const raw = state.refused ? '' : rawMessage(state.error);
    const explained = explainError(t, new Error(raw));
    // The user wrote the statement: a mistake in it is theirs to fix where it is marked, not a fault of the app.
    const inQuery = ['syntax', 'binder', 'missingTable', 'missingColumn', 'conversion', 'duplicate'].includes(
      explained.kind,
    );
    const ours = state.refused ? t('explore.refused.extension') : inQuery ? t('explore.error.fix') : explained.text;
    return (
      <div className="explore-error" role="alert" data-testid="explore-error">
        <strong>{t('explore.error.title')}</strong>
        {raw && <p className="explore-error-engine">{errorHeadline(raw)}</p>}
        <p>{ours}</p>
        {state.offset !== null && (
          <p className="explore-note">{t('explore.error.at', lineAndColumn(text, state.offset))}</p>
        )}
        {raw && (
          <details>
            <summary>{t('explore.error.details')}</summary>
            <pre>{raw}</pre>
          </details>
        )}
      </div>
    );
  }
  if (state.status !== 'done') return null;
  const { outcome } = state;
  if (outcome.kind === 'once') {
    const { columns, rows } = outcome.result;
    return (
      <div className="explore-once" data-testid="explore-once">
        <p className="explore-note">
          {t('explore.once.done')}{' '}
          <span data-figure="explore.onceRows" data-value={rows.length}>
            {t('explore.once.rows', { count: rows.length, limit: ONCE_MAX_ROWS })}
          </span>
        </p>
        {columns.length > 0 && <DataGrid columns={columns} rows={rows} />}
      </div>
    );
  }
  return (
    <PagedGrid
      engine={engine}
      source={outcome.source}
      columns={outcome.columns}
      tiebreak={outcome.columns.slice(0, 8).map((c) => c.name)}
      label={t('explore.grid')}
      testId="explore-grid"
      countFigure="explore.rows"
      onShape={(shape) => {
        if (shape.status === 'ready') onGridSettled(null);
        else if (shape.status === 'failed') onGridSettled(shape.message);
      }}
    />
  );
}
