import {
  knownCodes,
  resolveCodes,
  taxonomyCoverage,
  taxonomyFlags,
  type CodeCount,
  type CodeResolution,
  type Coverage,
  type Taxonomy,
  type TaxonomyFlag,
} from '../../model/taxonomy';

/** What the editor shows of a taxonomy against the calls: each code's reason, counts, coverage and flags. */
export interface TaxonomyView {
  readonly resolved: readonly CodeResolution[];
  readonly dataCodes: readonly string[];
  /** Offered calls per raw code. */
  readonly calls: ReadonlyMap<string, number>;
  /** Codes put under each reason (by hand or rule). */
  readonly codesOf: ReadonlyMap<string, readonly string[]>;
  /** Calls of the codes put under each reason. */
  readonly ownCalls: ReadonlyMap<string, number>;
  /** Calls history counts under each reason (its codes, its sub-reasons' and those of reasons merged into it). */
  readonly countedCalls: ReadonlyMap<string, number>;
  readonly ruleCatch: ReadonlyMap<string, { readonly codes: number; readonly calls: number }>;
  readonly coverage: Coverage;
  readonly flags: readonly TaxonomyFlag[];
}

function add(map: Map<string, number>, key: string | undefined, n: number): void {
  if (key !== undefined) map.set(key, (map.get(key) ?? 0) + n);
}

export function taxonomyView(t: Taxonomy, counts: readonly CodeCount[]): TaxonomyView {
  const calls = new Map(counts.filter((c) => c.code !== null).map((c) => [c.code!, c.calls]));
  const dataCodes = [...calls.keys()];
  const resolved = resolveCodes(t, knownCodes(t, dataCodes));
  const codesOf = new Map<string, string[]>();
  const ownCalls = new Map<string, number>();
  const countedCalls = new Map<string, number>();
  const ruleCatch = new Map<string, { codes: number; calls: number }>();
  for (const r of resolved) {
    const n = calls.get(r.code) ?? 0;
    if (r.reason) codesOf.set(r.reason, [...(codesOf.get(r.reason) ?? []), r.code]);
    add(ownCalls, r.reason, n);
    add(countedCalls, r.final, n);
    if (r.rule) {
      const caught = ruleCatch.get(r.rule) ?? { codes: 0, calls: 0 };
      ruleCatch.set(r.rule, { codes: caught.codes + 1, calls: caught.calls + n });
    }
  }
  return {
    resolved,
    dataCodes,
    calls,
    codesOf,
    ownCalls,
    countedCalls,
    ruleCatch,
    coverage: taxonomyCoverage(t, counts),
    flags: taxonomyFlags(t, dataCodes),
  };
}
