import type { Engine } from '../engine/engine';
import { sql } from '../sql';
import type { Proposal } from './detect';
import { sourceTable, text } from './expressions';
import type { TableProfile } from './profile';

/** Share of a sample of `from.column` values found in `to.column`. */
async function overlap(
  engine: Engine,
  from: { table: string; column: string },
  to: { table: string; column: string },
): Promise<number> {
  const result =
    await engine.query(sql`with s as (select distinct ${text(from.column)} as v from ${sourceTable(from.table)} where ${text(from.column)} is not null limit 500)
    select count(*) as n, count(*) filter (where v in (select ${text(to.column)} from ${sourceTable(to.table)})) as hit from s`);
  const row = result.rows[0];
  const n = typeof row?.n === 'number' ? row.n : 0;
  return n > 0 ? (typeof row?.hit === 'number' ? row.hit : 0) / n : 0;
}

/**
 * Uses ids that join to settle what headers leave open: a calls column whose values are customer ids in the
 * customers table is the caller, and one whose values are raw codes of the reason mapping is the reason.
 */
export async function refineByJoins(
  engine: Engine,
  proposal: Proposal,
  profiles: readonly TableProfile[],
): Promise<Proposal> {
  const { mapping } = proposal;
  const calls = mapping.calls;
  if (!calls) return proposal;
  const callsProfile = profiles.find((p) => p.table === calls.table);
  const targets = [
    { role: 'customer_id' as const, other: mapping.customers, otherRole: 'customer_id' as const },
    { role: 'reason' as const, other: mapping.reasons, otherRole: 'raw_code' as const },
  ];
  let columns = { ...calls.columns };
  const confidence = { ...(proposal.confidence.calls?.columns ?? {}) };
  for (const { role, other, otherRole } of targets) {
    const to = other && (other.columns as Record<string, string | undefined>)[otherRole];
    if (!other || !to || !callsProfile) continue;
    const current = columns[role];
    if (current) {
      const share = await overlap(engine, { table: calls.table, column: current }, { table: other.table, column: to });
      if (share >= 0.5) confidence[role] = Math.max(confidence[role] ?? 0, Number((0.7 + 0.3 * share).toFixed(2)));
      continue;
    }
    const used = new Set(Object.values(columns));
    for (const candidate of callsProfile.columns) {
      if (used.has(candidate.name) || candidate.timestamp > 0.5 || candidate.numeric > 0.9) continue;
      const share = await overlap(
        engine,
        { table: calls.table, column: candidate.name },
        { table: other.table, column: to },
      );
      if (share >= 0.8) {
        columns = { ...columns, [role]: candidate.name };
        confidence[role] = Number((0.6 * share).toFixed(2));
        break;
      }
    }
  }
  return {
    mapping: { ...mapping, calls: { ...calls, columns } },
    confidence: {
      ...proposal.confidence,
      calls: { table: proposal.confidence.calls?.table ?? 0, columns: confidence },
    },
  };
}
