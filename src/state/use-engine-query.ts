import { useEffect, useRef, useState } from 'react';
import type { Engine } from '../engine/engine';
import { useEngineStore } from './engine-store';
import { useModelStore } from './model-store';

/**
 * One query's state as every panel shows it. While a new answer computes, `stale` holds the last one so a panel can
 * dim it: old figures never stay on screen as if they were current.
 */
export type QueryState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly stale: T | null }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'ready'; readonly value: T };

type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Runs `run` on the engine whenever `key` changes (or the canonical views are rebuilt); null waits. An answer that
 * arrives after the key moved on is dropped, and the signal tells `run` its answer is no longer wanted.
 */
export function useEngineQuery<T>(
  key: string | null,
  run: (engine: Engine, signal: AbortSignal) => Promise<T>,
): QueryState<T> {
  const engine = useEngineStore((s) => (s.status === 'ready' ? s.engine : null));
  const version = useModelStore((s) => s.viewsVersion);
  const fullKey = key === null ? null : `${version}\u0001${key}`;
  const [result, setResult] = useState<{ key: string; outcome: Outcome<T> } | null>(null);
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    if (!engine || fullKey === null) return undefined;
    const controller = new AbortController();
    latest.current(engine, controller.signal).then(
      (value) => {
        if (!controller.signal.aborted) setResult({ key: fullKey, outcome: { ok: true, value } });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof Error ? error.message : String(error);
        setResult({ key: fullKey, outcome: { ok: false, message } });
      },
    );
    return () => controller.abort();
  }, [engine, fullKey]);
  if (!engine || fullKey === null) return { status: 'idle' };
  if (result?.key === fullKey)
    return result.outcome.ok
      ? { status: 'ready', value: result.outcome.value }
      : { status: 'failed', message: result.outcome.message };
  return { status: 'loading', stale: result?.outcome.ok ? result.outcome.value : null };
}
