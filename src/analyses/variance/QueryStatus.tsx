import { useT } from '../../i18n/react';
import type { QueryState } from '../../state/use-engine-query';

/** What a section says while it computes or when it failed; null once it has an answer. */
export function QueryStatus<T>({ state }: { readonly state: QueryState<T> }) {
  const t = useT();
  if (state.status === 'failed')
    return (
      <p className="error-banner" role="alert">
        {t('variance.failed', { message: state.message })}
      </p>
    );
  if (state.status === 'ready') return null;
  return (
    <p className="variance-loading" role="status">
      {t('variance.loading')}
    </p>
  );
}

/** The answer to show: the current one, or the last one while a new one computes. */
export function current<T>(state: QueryState<T>): T | null {
  return state.status === 'ready' ? state.value : state.status === 'loading' ? state.stale : null;
}
