import { useLanguageStore, useT } from '../../i18n/react';
import { formatNumber } from '../../i18n/translate';
import type { RejectedLine } from '../../ingest';

// Characters of a set-aside row shown: an unclosed quote can swallow the rest of the file.
const SHOWN_CHARS = 300;

/** Set-aside rows as plain text (never markup from the file): line, problem, and the text as in the file. */
export function RejectedList({
  rows,
  caption,
}: {
  rows: readonly (RejectedLine & { file?: string })[];
  caption?: string;
}) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  // The file is named only when the rows come from more than one (monthly files appended).
  const withFile = new Set(rows.map((r) => r.file)).size > 1;
  return (
    <div className="rejected-scroll">
      <table className="rejected-list" data-testid="rejected-list">
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {withFile && <th scope="col">{t('ingest.rejected.file')}</th>}
            <th scope="col">{t('ingest.rejected.line')}</th>
            <th scope="col">{t('ingest.rejected.problem')}</th>
            <th scope="col">{t('ingest.rejected.text')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.file ?? ''}:${r.line}`} data-key={`${r.file ?? ''}:${r.line}`}>
              {withFile && <td>{r.file}</td>}
              <td className="num" data-figure="table.rejectedLine" data-value={r.line}>
                {formatNumber(language, r.line)}
              </td>
              <td>{t(`ingest.problem.${r.problem}`)}</td>
              <td>
                <code>{r.text.length > SHOWN_CHARS ? `${r.text.slice(0, SHOWN_CHARS)}…` : r.text}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
