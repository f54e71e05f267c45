import { useEffect } from 'react';
import { useLanguageStore, useT } from '../../i18n/react';
import { callsWhere, withoutDates, type KpiDefinitions } from '../../metrics';
import type { Filters } from '../../model';
import { join, sql } from '../../sql';
import { useEngineQuery } from '../../state/use-engine-query';
import { CHANGE_DIMENSIONS, dimensionAvailable, dimensionSql } from '../common/change/dimensions';
import type { Driver } from '../common/change/drivers-shape';
import { explainChange } from '../common/change/explain';
import type { DecomposableKpi } from '../common/change/kpi-weight';
import type { Finding } from '../common/findings/finding';
import { driverFinding, driverLabel } from './findings';
import { FindingRow } from './FindingRow';
import type { BucketComparison } from './predicates';
import { current, QueryStatus } from './QueryStatus';

interface Props {
  readonly filters: Filters;
  readonly definitions: KpiDefinitions;
  readonly available: ReadonlySet<string>;
  readonly kpi: DecomposableKpi;
  readonly comparison: BucketComparison;
  /** How the sentences name the two sets of calls. */
  readonly words: { readonly test: string; readonly control: string; readonly period?: string };
  readonly kept: readonly Finding[];
  readonly onKeep: (f: Finding) => void;
  /** Whether dates in the filters narrow the comparison (a bucket of the filtered data) or not (two periods). */
  readonly keepDates: boolean;
  /** Told the findings shown, so kept ones can be checked against them. */
  readonly onFindings?: (source: string, findings: readonly Finding[]) => void;
}

/** Fewest calls a combination needs (both sets together) to be scored. */
const MIN_CALLS = 10;

/** "Why did it move?": the top three explanations of a change, each a finding that opens its calls. */
export function Explain(props: Props) {
  const { filters, definitions, available, kpi, comparison, words, kept, onKeep, keepDates, onFindings } = props;
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const where = callsWhere(keepDates ? filters : withoutDates(filters));
  const dims = CHANGE_DIMENSIONS.filter((d) => d !== comparison.own && dimensionAvailable(d, available));
  const key = JSON.stringify(['why', where, comparison.test, comparison.control, kpi, definitions, dims]);
  const state = useEngineQuery(key, (engine) =>
    explainChange(
      engine,
      {
        kpi,
        definitions,
        dimensions: dims,
        minCalls: MIN_CALLS,
        periods: { where, test: comparison.test, control: comparison.control },
      },
      { testDays: comparison.testDays, controlDays: comparison.controlDays },
    ),
  );
  const data = current(state);
  const findings = data ? data.drivers.slice(0, 3).map((d) => driverFinding({ t, language, kpi }, d, data, words)) : [];
  const shown = JSON.stringify(findings);
  useEffect(() => {
    if (state.status === 'ready') onFindings?.(key, JSON.parse(shown) as Finding[]);
  }, [state.status, key, shown, onFindings]);
  const slice = (d: Driver) => ({
    where: sql`${where} and ${comparison.test} and ${join(
      d.conditions.map((c) => sql`${dimensionSql(c.dim)} = ${c.value}`),
      ' and ',
    )}`,
    label: `${words.test}: ${driverLabel(t, d)}`,
  });
  return (
    <div className="variance-why" data-testid="variance-why">
      <QueryStatus state={state} />
      {data && data.drivers.length === 0 && <p>{t('variance.why.none')}</p>}
      {data && data.drivers.length > 0 && (
        <ol className="variance-findings">
          {data.drivers.slice(0, 3).map((d, i) => (
            <FindingRow
              key={findings[i]!.sentence}
              finding={findings[i]!}
              slice={slice(d)}
              kept={kept}
              onKeep={onKeep}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
