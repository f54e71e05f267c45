import type { Language } from '../../i18n/define';
import type { Translate } from '../../i18n/react';
import { formatNumber } from '../../i18n/translate';
import type { RejectSummary } from '../../ingest';

// Line numbers named in the sentence; the viewer lists the rest.
const NAMED_LINES = 5;

/** "3 of 42,078 rows could not be read (lines 1,502, 9,881, 20,007): too many fields." */
export function rejectedSentence(t: Translate, language: Language, summary: RejectSummary): string {
  const number = (n: number) => formatNumber(language, n);
  const separator = language === 'zh-CN' ? '、' : ', ';
  const named = summary.first.slice(0, NAMED_LINES).map((r) => number(r.line));
  const more = summary.count - named.length;
  const lines =
    summary.count === 1
      ? t('ingest.rejected.oneLine', { lines: named.join(separator) })
      : more > 0
        ? t('ingest.rejected.linesMore', { lines: named.join(separator), more: number(more) })
        : t('ingest.rejected.lines', { lines: named.join(separator) });
  const problems = summary.problems.map((p) => t(`ingest.problem.${p}`)).join(separator);
  return t('ingest.rejected.summary', {
    count: number(summary.count),
    total: number(summary.total),
    lines,
    problems,
  });
}
