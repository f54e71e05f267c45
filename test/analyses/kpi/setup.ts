import type { Engine } from '../../../src/engine/engine';
import { buildCanonicalViews, DEFAULT_SETTINGS, type KpiSettings, type Mapping } from '../../../src/model';
import { loadCsvText } from '../../model/load';

/** Loads calls CSV text with the fixture's header and builds the canonical views over it. */
export async function loadCalls(engine: Engine, csv: string, settings: Partial<KpiSettings> = {}): Promise<Mapping> {
  const table = await loadCsvText(engine, 'fixture_calls', `id,cust,ts,outcome,wait,handle,reason,resolved\n${csv}`);
  const mapping: Mapping = {
    calls: {
      table: table.table,
      columns: {
        call_id: 'id',
        customer_id: 'cust',
        started_at: 'ts',
        answered: 'outcome',
        wait_s: 'wait',
        handle_s: 'handle',
        reason: 'reason',
        resolved: 'resolved',
      },
      answeredValues: ['ANSWERED'],
      durationUnit: 'seconds',
    },
    settings: { ...DEFAULT_SETTINGS, ...settings },
  };
  await buildCanonicalViews(engine, mapping, [table]);
  return mapping;
}
