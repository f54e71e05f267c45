import { tableTypes, validateCalls, type Mapping, type SourceTable, type ValidationReport } from '../../model';
import { useModelStore } from '../../state/model-store';
import { useEngineQuery, type QueryState } from '../../state/use-engine-query';

/**
 * Validates the calls mapping as it is edited, for the mapping screen: a new edit drops the answer to the last one.
 * Idle until the two roles validation reads are mapped.
 */
export function useValidation(mapping: Mapping, tables: readonly SourceTable[]): QueryState<ValidationReport> {
  // Building validates the mapping itself (and the engine runs one statement at a time): no second run then.
  const building = useModelStore((s) => s.status === 'building');
  const { calls, customers, settings } = mapping;
  const ready = !building && Boolean(calls?.columns.started_at && calls.columns.answered);
  const key = ready ? JSON.stringify([calls, customers, settings, tables]) : null;
  return useEngineQuery(key, (engine) => validateCalls(engine, { calls, customers, settings }, tableTypes(tables)));
}
