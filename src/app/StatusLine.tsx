import { explainError } from '../engine/user-words';
import { useT } from '../i18n/react';
import { ErrorDetails } from '../ui/ErrorDetails';
import { useEngineStore } from '../state/engine-store';

/** The footer line: engine starting, ready with its version, or why it failed. */
export function StatusLine() {
  const t = useT();
  const state = useEngineStore();
  let text: string;
  if (state.status === 'starting') text = t('engine.starting');
  else if (state.status === 'ready')
    text = t('engine.ready', { version: state.version, seconds: (state.startMs / 1000).toFixed(1) });
  else text = t('engine.failed', { message: explainError(t, state.message).what });
  return (
    <footer className="status-line" role="status" data-engine={state.status}>
      <span className={`status-dot status-${state.status}`} aria-hidden="true" />
      <span data-testid="engine-status">
        {text}
        {state.status === 'failed' && <ErrorDetails raw={state.message} label={t('engine.error.details')} />}
      </span>
      <span className="status-privacy">{t('app.privacy')}</span>
    </footer>
  );
}
