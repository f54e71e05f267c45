import type { Translate } from '../../i18n/react';
import type { TaxonomyFileProblem } from '../../model/taxonomy';

/** A file problem as one sentence: what is wrong, where, and what to do. */
export function problemText(t: Translate, problem: TaxonomyFileProblem, file: string): string {
  const where = (w: string) => (/^\d+$/u.test(w) ? t('taxonomy.where.line', { line: w }) : w);
  const key = `taxonomy.problem.${problem.kind}`;
  switch (problem.kind) {
    case 'empty':
    case 'not-text':
      return t(key, { file });
    case 'bad-json':
      return t(key, { file, detail: problem.detail });
    case 'not-a-taxonomy':
      return t(key, { file, where: problem.where });
    case 'newer-version':
      return t(key, { file, version: problem.version });
    case 'missing-columns':
      return t(key, { file, columns: problem.columns.join(', '), found: problem.found.join(', ') });
    case 'bad-csv':
      return t(key, { file, line: problem.line });
    case 'bad-value':
      return t(key, { file, line: problem.line, column: problem.column, value: problem.value });
    case 'unknown-merge-target':
    case 'merge-cycle':
    case 'unknown-reason':
      return t(key, { file, where: where(problem.where), value: problem.value });
  }
}
