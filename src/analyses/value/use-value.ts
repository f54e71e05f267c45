import { useEffect, useState } from 'react';
import type { Engine } from '../../engine/engine';
import { concentrationSql, histogramSql, momentsSql } from './distribution-sql';
import { kindsSummarySql, matrixSql, reasonOptionsSql } from './kinds-sql';
import { lifetimeSummarySql } from './lifetime-sql';
import {
  defaultImproverReasons,
  readKinds,
  readLifetime,
  readMatrix,
  readReasonOptions,
  readScatter,
  readVips,
  type KindsSummary,
  type Lifetime,
  type MatrixCell,
  type ReasonOption,
  type ScatterPoint,
  type VipList,
} from './read-customers';
import {
  readConcentration,
  readCurve,
  readHistogram,
  readMoments,
  readWhale,
  type Concentration,
  type Curve,
  type Histogram,
  type Moments,
  type Whale,
} from './read-distribution';
import { anonymousCallsSql } from '../common/customer-value/customer-value-sql';
import { count, first } from './cells';
import { cachedSpec } from './value-cache';
import type { ValueSpec } from './value-spec';
import { MODE_BINS, evidenceOf, verdictOf, type Verdict } from './verdict';
import { vipListSql, vipScatterSql } from './vip-sql';
import { whaleSql } from './whale-sql';

/** Everything the panel shows apart from the table and a profile. */
export interface ValueOverview {
  /** The spec with its cache tables, for the table and profile queries. */
  readonly spec: ValueSpec;
  readonly moments: Moments;
  readonly concentration: Concentration;
  readonly histogram: Histogram;
  readonly bimodality: number | null;
  readonly verdict: Verdict;
  readonly lorenz: Curve;
  readonly whale: Whale;
  readonly whaleCurve: Curve;
  readonly vips: VipList;
  readonly scatter: readonly ScatterPoint[];
  readonly reasonOptions: readonly ReasonOption[];
  readonly improverReasons: readonly string[];
  readonly kinds: KindsSummary;
  readonly matrix: readonly MatrixCell[];
  readonly lifetime: Lifetime | null;
  /** Calls under the filters from anonymous callers: counted calls, never a customer. */
  readonly anonymousCalls: number;
}

export type ValueData =
  { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; overview: ValueOverview };

// The reason choices only change when the views are rebuilt; reading them scans every call.
const reasonChoices = new WeakMap<Engine, { version: number; options: ReasonOption[] }>();

async function reasonOptions(engine: Engine, version: number): Promise<ReasonOption[]> {
  const known = reasonChoices.get(engine);
  if (known && known.version === version) return known.options;
  const options = readReasonOptions(await engine.query(reasonOptionsSql()));
  reasonChoices.set(engine, { version, options });
  return options;
}

/** Makes the spec's cache tables, then runs the panel's queries on them, one after another. */
export async function loadValueOverview(engine: Engine, original: ValueSpec, version = 0): Promise<ValueOverview> {
  const { measure, logScale, bins } = original.settings;
  const options = await reasonOptions(engine, version);
  const improverReasons = original.settings.improverReasons ?? defaultImproverReasons(options);
  const spec = await cachedSpec(engine, original, improverReasons, version);
  const moments = readMoments(await engine.query(momentsSql(spec, measure)));
  const concentrationResult = await engine.query(concentrationSql(spec, measure));
  const concentration = readConcentration(concentrationResult);
  const logHistogram = readHistogram(await engine.query(histogramSql(spec, measure, true, MODE_BINS)), MODE_BINS);
  const histogram = readHistogram(await engine.query(histogramSql(spec, measure, logScale, bins)), bins);
  const evidence = evidenceOf(moments, concentration, logHistogram);
  const whaleResult = await engine.query(whaleSql(spec));
  return {
    spec,
    moments,
    concentration,
    histogram,
    bimodality: evidence.bimodality,
    verdict: verdictOf(evidence),
    lorenz: readCurve(concentrationResult, 'value'),
    whale: readWhale(whaleResult),
    whaleCurve: readCurve(whaleResult, 'share'),
    vips: readVips(await engine.query(vipListSql(spec))),
    scatter: readScatter(await engine.query(vipScatterSql(spec))),
    reasonOptions: options,
    improverReasons,
    kinds: readKinds(await engine.query(kindsSummarySql(spec, improverReasons)), spec.inputs.periods),
    matrix: readMatrix(await engine.query(matrixSql(spec, improverReasons))),
    lifetime: spec.inputs.periods ? readLifetime(await engine.query(lifetimeSummarySql(spec))) : null,
    anonymousCalls: count(first(await engine.query(anonymousCallsSql(spec))).anonymous),
  };
}

/** The panel's data, recomputed when the spec changes or the views are rebuilt (`viewsVersion`). */
export function useValueOverview(engine: Engine, spec: ValueSpec, viewsVersion: number): ValueData {
  const [data, setData] = useState<ValueData>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadValueOverview(engine, spec, viewsVersion)
      .then((overview) => live && setData({ status: 'ready', overview }))
      .catch(
        (e: unknown) => live && setData({ status: 'failed', message: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      live = false;
    };
  }, [engine, spec, viewsVersion]);
  return data;
}
