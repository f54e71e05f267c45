import { formatNumber } from '../../i18n';
import { useLanguageStore, useT } from '../../i18n/react';
import { quotedList } from '../../i18n/words';
import type { ValidationReport } from '../../model';

/** What validation found, with counts and a few examples of each problem. */
export function ValidationList({ report }: { report: ValidationReport }) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const n = (v: number) => formatNumber(language, v);
  return (
    <div className="map-validation" data-testid="validation">
      <p>
        {report.issues.length === 0
          ? t('model.validation.ok', { total: n(report.total) })
          : t('model.validation.summary', {
              total: n(report.total),
              counted: n(report.counted),
              excluded: n(report.excluded),
            })}
      </p>
      <ul>
        {report.issues.map((issue) => (
          <li key={issue.kind} data-issue={issue.kind}>
            {t(`model.issue.${issue.kind}`, {
              count: n(issue.count),
              examples: quotedList(t, issue.examples),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
