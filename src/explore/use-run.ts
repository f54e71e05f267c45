import { useCallback, useRef, useState } from 'react';
import type { Engine } from '../engine/engine';
import { rememberQuery } from '../state/explore-notes';
import { errorOffset } from './error-spot';
import { QUERY_LINE_SHIFT, rawMessage, runStatements, type RunOutcome } from './run-statements';
import type { ScannedStatement } from './sql-scan';

/** What the workbench shows under the editor. */
export type RunState =
  | { readonly status: 'idle' }
  | { readonly status: 'running' }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly error: unknown; readonly offset: number | null; readonly refused: boolean }
  | {
      readonly status: 'done';
      readonly outcome: Extract<RunOutcome, { kind: 'paged' | 'once' }>;
      readonly at: number;
      readonly paging: boolean;
    };

/**
 * Runs statements from the editor and keeps what came of them. A query stays "running" while the grid counts its
 * rows; Cancel stops whichever statement is in the engine (the grid's own are stopped as it closes).
 */
export function useRun(engine: Engine, onDone: (text: string) => void) {
  const [state, setState] = useState<RunState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const run = useCallback(
    async (statements: readonly ScannedStatement[], offset: number, text: string) => {
      controller.current?.abort();
      const mine = new AbortController();
      controller.current = mine;
      setState({ status: 'running' });
      const outcome = await runStatements(engine, statements, mine.signal);
      if (controller.current !== mine) return;
      if (outcome.kind === 'cancelled') setState({ status: 'cancelled' });
      else if (outcome.kind === 'failed')
        setState({
          status: 'failed',
          error: outcome.error,
          offset: outcome.offset === null ? null : offset + outcome.offset,
          refused: outcome.refused,
        });
      else {
        setState({ status: 'done', outcome, at: offset, paging: outcome.kind === 'paged' });
        void rememberQuery(text).catch(() => undefined);
        onDone(text);
      }
    },
    [engine, onDone],
  );
  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setState({ status: 'cancelled' });
  }, []);
  /** The grid finished counting (or failed): a failure is placed in the editor like any other. */
  const gridSettled = useCallback((message: string | null) => {
    setState((s) => {
      if (s.status !== 'done' || s.outcome.kind !== 'paged') return s;
      if (message === null) return s.paging ? { ...s, paging: false } : s;
      const at = errorOffset(rawMessage(new Error(message)), s.outcome.text, QUERY_LINE_SHIFT);
      return {
        status: 'failed',
        error: new Error(message),
        offset: at === null ? null : s.at + s.outcome.start + at,
        refused: false,
      };
    });
  }, []);
  return { state, run, cancel, gridSettled };
}

export { rawMessage };
