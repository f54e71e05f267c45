import './rejected.css';
import { Fragment, useEffect, useState } from 'react';
import type { Engine } from '../../engine/engine';
import { useLanguageStore, useT } from '../../i18n/react';
import { formatNumber } from '../../i18n/translate';
import { rejectedRows, type RejectedLineOf, type RejectSummary } from '../../ingest';
import { RejectedList } from './RejectedList';
import { rejectedSentence } from './reject-text';

// Rows the viewer lists at most; the SQL table holds them all.
const LISTED = 200;

/** What could not be read from a table's files, said plainly, with a viewer of those lines. */
export function RejectedRows({
  engine,
  table,
  summaries,
  files,
}: {
  engine: Engine;
  table: string;
  summaries: readonly RejectSummary[];
  /** How many files the table was made from: with more than one, each sentence names its file. */
  files: number;
}) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const [open, setOpen] = useState(false);
  const [rows, setRows] = useState<readonly RejectedLineOf[] | null>(null);
  const rejectsTable = summaries[0]?.table;
  const count = summaries.reduce((n, s) => n + s.count, 0);

  useEffect(() => {
    if (!open || !rejectsTable) return;
    let live = true;
    void rejectedRows(engine, rejectsTable, LISTED).then((r) => live && setRows(r));
    return () => {
      live = false;
    };
  }, [engine, rejectsTable, open, count]);

  if (summaries.length === 0 || !rejectsTable) return null;
  return (
    <div className="dataset-rejected" data-testid="rejected">
      <p>
        <span data-figure="table.rejected" data-key={table} data-value={count}>
          {summaries.map((s) => {
            const sentence = rejectedSentence(t, language, s);
            return (
              <Fragment key={s.file}>
                <span data-testid="rejected-sentence">
                  {files > 1 ? t('ingest.rejected.inFile', { file: s.file, summary: sentence }) : sentence}
                </span>{' '}
              </Fragment>
            );
          })}
        </span>
        <button type="button" className="link" onClick={() => setOpen(!open)} data-testid="toggle-rejected">
          {open ? t('ingest.rejected.hide') : t('ingest.rejected.show')}
        </button>
      </p>
      {open && rows && (
        <>
          <RejectedList rows={rows} caption={t('ingest.rejected.caption', { table: rejectsTable })} />
          {count > rows.length && (
            <p className="dataset-rejected-more">
              {t('ingest.rejected.shown', {
                shown: formatNumber(language, rows.length),
                count: formatNumber(language, count),
              })}
            </p>
          )}
        </>
      )}
    </div>
  );
}
