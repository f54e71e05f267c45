import { useRef } from 'react';
import { useLanguageStore, useT } from '../../i18n/react';
import type { Engine } from '../../engine/engine';
import type { Taxonomy } from '../../model/taxonomy';
import { applyTaxonomy } from './taxonomy-actions';
import type { TaxonomyView } from './taxonomy-view';
import { exportTaxonomy, importTaxonomy } from './transfer';

interface Props {
  engine: Engine;
  taxonomy: Taxonomy;
  view: TaxonomyView;
  applied: boolean;
  applying: boolean;
}

/** Coverage (always shown), apply, export and import. */
export function TaxonomyToolbar({ engine, taxonomy, view, applied, applying }: Props) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const file = useRef<HTMLInputElement>(null);
  const { coverage } = view;
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  return (
    <div className="taxonomy-toolbar">
      <div className="taxonomy-coverage" title={t('taxonomy.coverage.def')}>
        <span className="taxonomy-coverage-label">{t('taxonomy.coverage')}</span>
        <strong data-figure="taxonomy.coverage" data-value={coverage.share} data-testid="taxonomy-coverage">
          {percent.format(coverage.share)}
        </strong>
        <span className="taxonomy-coverage-detail">
          {t('taxonomy.coverage.detail', {
            unmapped: coverage.unmapped.toLocaleString(),
            other: coverage.other.toLocaleString(),
            offered: coverage.offered.toLocaleString(),
          })}
        </span>
      </div>
      <div className="taxonomy-buttons">
        <button
          type="button"
          className="primary"
          data-testid="taxonomy-apply"
          disabled={applying || applied}
          onClick={() => void applyTaxonomy(engine, view.dataCodes)}
        >
          {applying ? t('taxonomy.applying') : t('taxonomy.apply')}
        </button>
        <button
          type="button"
          data-testid="taxonomy-export-csv"
          onClick={() => exportTaxonomy(taxonomy, view.dataCodes, 'csv')}
        >
          {t('taxonomy.exportCsv')}
        </button>
        <button
          type="button"
          data-testid="taxonomy-export-json"
          onClick={() => exportTaxonomy(taxonomy, view.dataCodes, 'json')}
        >
          {t('taxonomy.exportJson')}
        </button>
        <button type="button" onClick={() => file.current?.click()}>
          {t('taxonomy.import')}
        </button>
        <input
          ref={file}
          type="file"
          hidden
          accept=".csv,.json,text/csv,application/json"
          data-testid="taxonomy-import"
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            e.target.value = '';
            if (chosen) void importTaxonomy(chosen);
          }}
        />
      </div>
      <p className={applied ? 'taxonomy-state applied' : 'taxonomy-state'} data-testid="taxonomy-state">
        {applied ? t('taxonomy.applied') : t('taxonomy.unapplied')}
      </p>
      <p className="hint">{t('taxonomy.csvNote')}</p>
    </div>
  );
}
