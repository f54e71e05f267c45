import { useEffect } from 'react';
import { useEngineStore } from '../../state/engine-store';
import { detect, tablesKey, useModelStore } from '../../state/model-store';
import { useSourceTables } from './use-tables';

/** Proposes a mapping whenever the set of loaded tables changes. */
export function useAutoDetect(): void {
  const engine = useEngineStore((s) => (s.status === 'ready' ? s.engine : null));
  const tables = useSourceTables();
  const detectedFor = useModelStore((s) => s.detectedFor);
  const status = useModelStore((s) => s.status);
  useEffect(() => {
    if (!engine || tables.length === 0) return;
    if (tablesKey(tables) === detectedFor || status === 'building') return;
    void detect(engine, tables);
  }, [engine, tables, detectedFor, status]);
}
