import { useMemo } from 'react';
import type { KpiDefinitions } from '../../metrics';
import type { Filters } from '../../model';
import { useLanguageStore, useT } from '../../i18n/react';
import { useEngineQuery } from '../../state/use-engine-query';
import type { Finding, FindingKind } from '../common/findings/finding';
import { candidateFindings, readCandidates } from './candidates-shape';
import { candidatesSql } from './candidates-sql';
import { count, decimal } from './format';
import { FindingsList } from './FindingsList';
import type { TagRule } from './tags-sql';
import type { Windows } from './window-sql';
import { SectionExport } from '../common/SectionExport';

interface Props {
  readonly filters: Filters;
  readonly definitions: KpiDefinitions;
  readonly windows: Windows;
  readonly onTag: (rule: TagRule) => void;
  readonly kept: readonly Finding[];
  readonly onKeep: (findings: readonly Finding[], kinds: readonly FindingKind[]) => void;
}

/** Frequent terms in the notes of unmapped or "other" calls, ranked by growth, each one click from a tag. */
export function CandidatesList({ filters, definitions, windows, onTag, kept, onKeep }: Props) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const key = JSON.stringify(['candidates', filters, definitions, windows]);
  const state = useEngineQuery(key, async (engine) =>
    readCandidates(await engine.query(candidatesSql(filters, definitions, windows.recent, windows.baseline))),
  );
  const list = useMemo(() => (state.status === 'ready' ? state.value.slice(0, 20) : []), [state]);
  const findings = useMemo(() => candidateFindings(list, t), [list, t]);
  return (
    <div data-testid="reasons-candidates">
      <h4>{t('reasons.candidates')}</h4>
      {state.status === 'failed' && <p className="error-banner">{t('reasons.failed', { message: state.message })}</p>}
      {state.status === 'ready' && list.length === 0 && <p>{t('reasons.candidates.none')}</p>}
      {list.length > 0 && (
        <SectionExport
          query={() => candidatesSql(filters, definitions, windows.recent, windows.baseline)}
          title={t('reasons.candidates')}
        />
      )}
      {list.length > 0 && (
        <table className="reasons-table">
          <thead>
            <tr>
              <th>{t('reasons.candidates.col.term')}</th>
              <th>{t('reasons.candidates.col.recent')}</th>
              <th>{t('reasons.candidates.col.base')}</th>
              <th>{t('reasons.candidates.col.growth')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.map((c) => (
              <tr key={c.term} data-key={c.term}>
                <td>{c.term}</td>
                <td className="num">{count(language, c.x1)}</td>
                <td className="num">{count(language, c.x0)}</td>
                <td className="num">{decimal(language, c.growth, 1)}×</td>
                <td>
                  <button
                    type="button"
                    className="link"
                    onClick={() => onTag({ name: c.term, include: [c.term], exclude: [] })}
                  >
                    {t('reasons.candidates.asTag')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {findings.length > 0 && <FindingsList findings={findings} kinds={['candidate']} kept={kept} onKeep={onKeep} />}
    </div>
  );
}
