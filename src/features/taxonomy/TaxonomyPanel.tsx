import { useEffect, useMemo } from 'react';
import { useT } from '../../i18n/react';
import type { CodeCount } from '../../model/taxonomy';
import { useEngineStore } from '../../state/engine-store';
import { usePersistenceStore } from '../../state/storage-store';
import { useEngineQuery } from '../../state/use-engine-query';
import { useWorkspaceStore } from '../../state/workspace-store';
import { AddReasonForm } from './AddReasonForm';
import { codeCountsSql } from './counts-sql';
import { FlagsList } from './FlagsList';
import { problemText } from './problem-text';
import { ReasonCard } from './ReasonCard';
import { RulesEditor } from './RulesEditor';
import { loadTaxonomy, replaceStored } from './taxonomy-actions';
import { useTaxonomyStore } from './taxonomy-store';
import { taxonomyView } from './taxonomy-view';
import { TaxonomyToolbar } from './TaxonomyToolbar';
import { UnmappedCodes } from './UnmappedCodes';
import './taxonomy.css';

/** The reason taxonomy editor: categories > reasons > codes, rules, flags, coverage, apply, export and import. */
export function TaxonomyPanel() {
  const t = useT();
  const engine = useEngineStore((s) => (s.status === 'ready' ? s.engine : null));
  const storage = usePersistenceStore((s) => s.storage.status);
  const definitions = useWorkspaceStore((s) => s.definitions);
  const { status, error, taxonomy, applied, applying, source, storedProblem, notice } = useTaxonomyStore();
  const other = t('taxonomy.other');
  useEffect(() => {
    if (engine && storage !== 'opening') void loadTaxonomy(engine, other);
  }, [engine, storage, other]);
  const counts = useEngineQuery(`taxonomy-counts:${definitions.shortAbandonSeconds}`, async (e) => {
    const result = await e.query(codeCountsSql(definitions));
    return result.rows.map((r): CodeCount => ({
      code: r.code === null ? null : String(r.code),
      calls: Number(r.calls),
    }));
  });
  const rows = counts.status === 'ready' ? counts.value : counts.status === 'loading' ? counts.stale : null;
  const view = useMemo(() => (rows ? taxonomyView(taxonomy, rows) : null), [taxonomy, rows]);
  const choices = useMemo(() => taxonomy.reasons.filter((r) => r.status !== 'merged'), [taxonomy]);
  if (status === 'failed' || counts.status === 'failed')
    return (
      <p role="alert">
        {t('taxonomy.failed', { message: error ?? (counts.status === 'failed' ? counts.message : '') })}
      </p>
    );
  if (status !== 'ready' || !view || !engine) return <p className="taxonomy-loading">{t('taxonomy.loading')}</p>;
  const categories = [...new Set([...taxonomy.categories, ...taxonomy.reasons.map((r) => r.category)])];
  return (
    <section className="taxonomy" data-testid="taxonomy">
      <header className="taxonomy-header">
        <h2>{t('taxonomy.title')}</h2>
        <p className="hint">
          {t('taxonomy.intro')}{' '}
          {source.kind === 'import'
            ? t('taxonomy.source.import', { file: source.file })
            : t(`taxonomy.source.${source.kind}`)}
        </p>
      </header>
      <TaxonomyToolbar engine={engine} taxonomy={taxonomy} view={view} applied={applied} applying={applying} />
      {storedProblem && (
        <p role="alert" className="taxonomy-notice error">
          {t('taxonomy.stored.problem', { reason: problemText(t, storedProblem, '') })}{' '}
          <button type="button" onClick={replaceStored}>
            {t('taxonomy.stored.replace')}
          </button>
        </p>
      )}
      {notice && (
        <p
          role={notice.tone === 'error' ? 'alert' : 'status'}
          className={`taxonomy-notice ${notice.tone}`}
          data-testid="taxonomy-notice"
        >
          {'problem' in notice
            ? `${problemText(t, notice.problem, notice.file)} ${t('taxonomy.kept')}`
            : t(notice.key, notice.params)}
        </p>
      )}
      <FlagsList flags={view.flags} taxonomy={taxonomy} />
      <div className="taxonomy-body">
        <div className="taxonomy-tree">
          {categories.map((category) => (
            <section key={category} className="taxonomy-category" data-key={category}>
              <h3>{category}</h3>
              <ul className="reason-cards">
                {taxonomy.reasons
                  .filter((r) => r.category === category)
                  .map((r) => (
                    <ReasonCard key={r.id} reason={r} taxonomy={taxonomy} view={view} choices={choices} />
                  ))}
              </ul>
            </section>
          ))}
        </div>
        <aside className="taxonomy-side">
          <UnmappedCodes taxonomy={taxonomy} view={view} choices={choices} />
          <RulesEditor taxonomy={taxonomy} view={view} choices={choices} />
          <AddReasonForm taxonomy={taxonomy} choices={choices} />
        </aside>
      </div>
    </section>
  );
}
