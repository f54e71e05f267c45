import { useEffect, useState } from 'react';
import { tableTypes, validateCalls, type Mapping, type SourceTable, type ValidationReport } from '../../model';
import { useEngineStore } from '../../state/engine-store';
import { useModelStore } from '../../state/model-store';

/** Validates the calls mapping as it is edited (after a short pause), for the mapping screen. */
export function useValidation(mapping: Mapping, tables: readonly SourceTable[]): ValidationReport | null {
  const engine = useEngineStore((s) => (s.status === 'ready' ? s.engine : null));
  // Building validates the mapping itself (and the engine runs one statement at a time): no second run then.
  const building = useModelStore((s) => s.status === 'building');
  const [report, setReport] = useState<ValidationReport | null>(null);
  const calls = mapping.calls;
  const customers = mapping.customers;
  useEffect(() => {
    if (!engine || building || !calls?.columns.started_at || !calls.columns.answered) return undefined;
    let live = true;
    const timer = setTimeout(() => {
      validateCalls(engine, { calls, customers, settings: mapping.settings }, tableTypes(tables))
        .then((r) => live && setReport(r))
        .catch(() => live && setReport(null));
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [engine, building, calls, customers, tables, mapping.settings]);
  return calls?.columns.started_at && calls.columns.answered ? report : null;
}
