import { isOtherLabel } from './names';
import { resolveCodes } from './resolve';
import type { Taxonomy } from './types';

/** Offered calls per raw code (`code` null: calls with no code at all). */
export interface CodeCount {
  readonly code: string | null;
  readonly calls: number;
}

export interface Coverage {
  readonly offered: number;
  /** Offered calls with no code, or a code the taxonomy maps to no reason. */
  readonly unmapped: number;
  /** Offered calls whose reason (or its category) is "other". */
  readonly other: number;
  /** (unmapped + other) ÷ offered; 0 when nothing was offered. */
  readonly share: number;
}

/** Coverage: the share of offered calls whose reason is unmapped or "other" (DOMAIN.md §5). */
export function taxonomyCoverage(t: Taxonomy, counts: readonly CodeCount[]): Coverage {
  const byId = new Map(t.reasons.map((r) => [r.id, r]));
  const coded = counts.filter((c): c is { code: string; calls: number } => c.code !== null);
  const finals = new Map(
    resolveCodes(
      t,
      coded.map((c) => c.code),
    ).map((r) => [r.code, r.final]),
  );
  let offered = 0;
  let unmapped = 0;
  let other = 0;
  for (const c of counts) {
    offered += c.calls;
    const reason = c.code === null ? undefined : byId.get(finals.get(c.code) ?? '');
    if (!reason) unmapped += c.calls;
    else if (isOtherLabel(reason.name) || isOtherLabel(reason.category)) other += c.calls;
  }
  return { offered, unmapped, other, share: offered === 0 ? 0 : (unmapped + other) / offered };
}
