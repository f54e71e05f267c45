import { useRef, useState } from 'react';
import type { Engine } from '../../engine/engine';
import { typeWord } from '../../engine/user-words';
import { useEngineQuery } from '../../state/use-engine-query';
import { formatNumber } from '../../i18n/translate';
import { useLanguageStore, useT } from '../../i18n/react';
import { listOf } from '../../i18n/words';
import { previewRows, sourceFromFile } from '../../ingest';
import { DataGrid } from '../../ui/DataGrid';
import { CsvOptionsForm } from './CsvOptionsForm';
import type { Dataset } from '../../state/datasets-store';
import { removeDataset } from '../../state/remove-dataset';
import { ingestIntoApp, removeDuplicates, renameDataset, rereadDataset } from './ingest-actions';
import type { DatasetDetail } from './ingest-store';
import { noticeText } from './messages';
import { RejectedRows } from './RejectedRows';

export interface DatasetCardProps {
  dataset: Dataset;
  detail: DatasetDetail | undefined;
  engine: Engine;
  busy: boolean;
}

/** One loaded table: its size, columns, notices, preview, read options, rename, append and remove. */
export function DatasetCard({ dataset, detail, engine, busy }: DatasetCardProps) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const [open, setOpen] = useState<'preview' | 'options' | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const appendInput = useRef<HTMLInputElement>(null);

  // Re-read when the table changes (appended, re-read with new options): its rows and columns say so.
  const previewKey = open ? JSON.stringify([dataset.table, dataset.rows, dataset.columns]) : null;
  const preview = useEngineQuery(previewKey, (e) => previewRows(e, dataset.table));

  const appendFiles = (files: File[]) =>
    void ingestIntoApp(
      engine,
      files.map((f) => sourceFromFile(f)),
      { appendTo: dataset.id },
    );

  return (
    <li className="dataset" data-testid="dataset" data-table={dataset.table}>
      {renaming === null ? (
        <h3 className="dataset-label">{dataset.label}</h3>
      ) : (
        <form
          className="dataset-rename"
          onSubmit={(e) => {
            e.preventDefault();
            renameDataset(dataset.id, renaming);
            setRenaming(null);
          }}
        >
          <input
            value={renaming}
            onChange={(e) => setRenaming(e.target.value)}
            aria-label={t('ingest.rename')}
            autoFocus
            data-testid="rename-input"
          />
          <button type="submit">{t('ingest.renameSave')}</button>
        </form>
      )}
      <p className="dataset-meta" data-testid="dataset-meta">
        <span data-figure="table.rows" data-key={dataset.table} data-value={dataset.rows}>
          {t('ingest.rows', { rows: formatNumber(language, dataset.rows) })}
        </span>{' '}
        · {t('ingest.columns', { count: dataset.columns.length })}
        {detail?.csv ? ` · ${detail.csv.encoding.toUpperCase()}` : ''}
      </p>
      <details className="dataset-types">
        <summary data-testid="dataset-columns">{t('ingest.showColumns', { count: dataset.columns.length })}</summary>
        {dataset.columns.map((c) => (
          <span key={c.name} className="dataset-column">
            {c.name} <em>{typeWord(t, c.type)}</em>
          </span>
        ))}
      </details>
      {dataset.sources.length > 1 && (
        <p className="dataset-sources">{t('ingest.sources', { files: listOf(t, dataset.sources) })}</p>
      )}
      {detail?.notices.length ? (
        <ul className="dataset-notices">
          {detail.notices.map((n, i) => (
            <li key={i}>{noticeText(t, n)}</li>
          ))}
        </ul>
      ) : null}
      <RejectedRows
        engine={engine}
        table={dataset.table}
        summaries={detail?.rejected ?? []}
        files={dataset.sources.length}
      />
      {detail?.duplicates ? (
        <p className="dataset-duplicates" data-testid="duplicates">
          {t('ingest.duplicates', { count: detail.duplicates })}{' '}
          <button type="button" disabled={busy} onClick={() => void removeDuplicates(engine, dataset.id)}>
            {t('ingest.removeDuplicates')}
          </button>
        </p>
      ) : null}
      <div className="dataset-actions">
        <button
          type="button"
          onClick={() => setOpen(open === 'preview' ? null : 'preview')}
          data-testid="toggle-preview"
        >
          {open === 'preview' ? t('ingest.hidePreview') : t('ingest.preview')}
        </button>
        {detail?.csv && (
          <button
            type="button"
            onClick={() => setOpen(open === 'options' ? null : 'options')}
            data-testid="toggle-options"
          >
            {t('ingest.options')}
          </button>
        )}
        <button type="button" onClick={() => setRenaming(dataset.label)} data-testid="rename">
          {t('ingest.rename')}
        </button>
        <button type="button" disabled={busy} onClick={() => appendInput.current?.click()}>
          {t('ingest.appendMore')}
        </button>
        <button
          type="button"
          disabled={busy}
          data-testid="remove"
          onClick={() => {
            if (window.confirm(t('ingest.removeConfirm', { label: dataset.label })))
              void removeDataset(engine, dataset.id);
          }}
        >
          {t('ingest.remove')}
        </button>
        <input
          ref={appendInput}
          type="file"
          multiple
          hidden
          onChange={(e) => {
            const files = Array.from(e.currentTarget.files ?? []);
            e.currentTarget.value = '';
            if (files.length) appendFiles(files);
          }}
        />
      </div>
      {open === 'options' && detail?.csv && (
        <CsvOptionsForm
          key={JSON.stringify(detail.csv)}
          detected={detail.csv}
          busy={busy}
          onApply={(options) => void rereadDataset(engine, dataset.id, options)}
        />
      )}
      {open !== null && preview.status === 'failed' && (
        <p className="error-banner">{t('ingest.previewFailed', { message: preview.message })}</p>
      )}
      {open !== null && preview.status === 'ready' && (
        <DataGrid
          columns={dataset.columns.map((c) => ({ name: c.name, type: typeWord(t, c.type) }))}
          rows={preview.value}
          caption={t('ingest.tableName', { table: dataset.table })}
          booleanLabels={{ true: t('value.true'), false: t('value.false') }}
        />
      )}
    </li>
  );
}
