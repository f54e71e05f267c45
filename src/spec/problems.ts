/** Why a view, file or link could not be used. The UI turns `code` into a sentence in the user's language. */
export type ViewProblemCode =
  'not-json' | 'not-a-view' | 'not-an-export' | 'newer-version' | 'invalid' | 'garbled-link';

export interface ViewProblem {
  readonly code: ViewProblemCode;
  /** Where in the input, e.g. `views[2].spec.filters.dateFrom`; empty for the whole input. */
  readonly path: string;
  /** What was wrong there, for the details line (technical, not translated). */
  readonly detail: string;
  /** For `newer-version`: the version the input was written with. */
  readonly version?: number;
}

/** A parse either yields a value (plus what was migrated and what was ignored) or says what was wrong. */
export type Parsed<T> =
  | { readonly ok: true; readonly value: T; readonly migrated: readonly string[]; readonly ignored: readonly string[] }
  | { readonly ok: false; readonly problem: ViewProblem };

export function fail(code: ViewProblemCode, path: string, detail: string, version?: number): Parsed<never> {
  return { ok: false, problem: { code, path, detail, ...(version === undefined ? {} : { version }) } };
}

/** Joins a parent path and a key the way problems show them: `a.b[2].c`. */
export function joinPath(parent: string, key: string | number | symbol): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  const name = String(key);
  return parent ? `${parent}.${name}` : name;
}

/** Paths present in `input` that a schema dropped from `output`: what the app could not use. */
export function droppedPaths(input: unknown, output: unknown, path = ''): string[] {
  if (Array.isArray(input) && Array.isArray(output)) {
    return input.flatMap((item, i) => droppedPaths(item, output[i], joinPath(path, i)));
  }
  if (isRecord(input) && isRecord(output)) {
    return Object.keys(input).flatMap((key) =>
      key in output ? droppedPaths(input[key], output[key], joinPath(path, key)) : [joinPath(path, key)],
    );
  }
  return [];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
