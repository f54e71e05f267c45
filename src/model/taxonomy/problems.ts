/**
 * Why a taxonomy file could not be imported. `line` is the file's line (CSV, header = 1) or the JSON path; `value`
 * is what was found there. The UI turns each into a sentence saying what, where and what to do.
 */
export type TaxonomyFileProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'not-text' }
  | { readonly kind: 'bad-json'; readonly detail: string }
  | { readonly kind: 'not-a-taxonomy'; readonly where: string }
  | { readonly kind: 'newer-version'; readonly version: number }
  | { readonly kind: 'missing-columns'; readonly columns: readonly string[]; readonly found: readonly string[] }
  | { readonly kind: 'bad-csv'; readonly line: number }
  | { readonly kind: 'bad-value'; readonly line: number; readonly column: string; readonly value: string }
  | { readonly kind: 'unknown-merge-target'; readonly where: string; readonly value: string }
  | { readonly kind: 'merge-cycle'; readonly where: string; readonly value: string }
  | { readonly kind: 'unknown-reason'; readonly where: string; readonly value: string };

export type ImportResult<T> = { ok: true; value: T } | { ok: false; problem: TaxonomyFileProblem };
