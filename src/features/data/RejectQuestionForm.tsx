import { formatNumber } from '../../i18n/translate';
import { useLanguageStore, useT } from '../../i18n/react';
import { useRejectQuestionStore } from './reject-question';
import { RejectedList } from './RejectedList';

/** Many rows of a file could not be read: load the rest, or nothing? Shows the first bad lines. */
export function RejectQuestionForm() {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const question = useRejectQuestionStore((s) => s.question);
  if (!question) return null;
  const { summary, answer } = question;
  const share = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(
    summary.count / Math.max(1, summary.total),
  );
  const params = {
    file: summary.file,
    count: formatNumber(language, summary.count),
    total: formatNumber(language, summary.total),
    share,
  };
  return (
    <form
      className="sheet-choice reject-question"
      data-testid="reject-question"
      onSubmit={(e) => {
        e.preventDefault();
        answer(true);
      }}
    >
      <p className="sheet-choice-title">
        {t(summary.sampled ? 'ingest.rejects.askSampled' : 'ingest.rejects.ask', params)}
      </p>
      <p>{t('ingest.rejects.first')}</p>
      <RejectedList rows={summary.first.slice(0, 10)} />
      <div className="sheet-choice-actions">
        <button type="submit" data-testid="rejects-load">
          {t('ingest.rejects.load')}
        </button>
        <button type="button" onClick={() => answer(false)} data-testid="rejects-skip">
          {t('ingest.rejects.skip')}
        </button>
      </div>
    </form>
  );
}
