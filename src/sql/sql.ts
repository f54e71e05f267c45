import { literal, quoteIdent, type SqlValue } from './quote';

/** SQL text with `?` placeholders and the values bound to them, in order. */
export interface BoundSql {
  readonly text: string;
  readonly params: readonly SqlValue[];
}

/** An identifier to splice into a `sql` template; created only by `ident`. */
export class Ident {
  constructor(readonly name: string) {}
}

/** A trusted fragment of SQL text built by `sql` itself; never from user input. */
export class Fragment implements BoundSql {
  readonly text: string;
  /**
   * The text around each parameter (one more piece than parameters). A `?` inside a quoted name or a literal is
   * not a placeholder, so the pieces, not the text, say where each value goes.
   */
  readonly pieces: readonly string[];

  constructor(
    pieces: readonly string[],
    readonly params: readonly SqlValue[],
  ) {
    if (pieces.length !== params.length + 1) throw new Error('A fragment needs one more text piece than values');
    this.pieces = pieces;
    this.text = pieces.join('?');
  }
}

type Part = SqlValue | Ident | Fragment;

/** Marks a name (from a file, a mapping, a user) as an identifier: it will be quoted. */
export function ident(name: string): Ident {
  return new Ident(name);
}

/**
 * Tagged template that assembles SQL: values become `?` parameters, `ident(...)` becomes a quoted
 * identifier, and nested `sql` fragments are spliced with their own parameters.
 */
export function sql(strings: TemplateStringsArray, ...parts: Part[]): Fragment {
  const pieces: string[] = [strings[0] ?? ''];
  const params: SqlValue[] = [];
  const append = (text: string) => {
    pieces[pieces.length - 1] += text;
  };
  parts.forEach((part, i) => {
    if (part instanceof Ident) append(quoteIdent(part.name));
    else if (part instanceof Fragment) splice(pieces, params, part);
    else {
      pieces.push('');
      params.push(part);
    }
    append(strings[i + 1] ?? '');
  });
  return new Fragment(pieces, params);
}

function splice(pieces: string[], params: SqlValue[], fragment: Fragment): void {
  const [first = '', ...rest] = fragment.pieces;
  pieces[pieces.length - 1] += first;
  pieces.push(...rest);
  params.push(...fragment.params);
}

/** Joins fragments with a separator (itself trusted SQL text such as `, ` or ` AND `). */
export function join(fragments: readonly Fragment[], separator: string): Fragment {
  const pieces: string[] = [''];
  const params: SqlValue[] = [];
  fragments.forEach((fragment, i) => {
    if (i > 0) pieces[pieces.length - 1] += separator;
    splice(pieces, params, fragment);
  });
  return new Fragment(pieces, params);
}

/** Raw SQL text from the program itself (keywords, function names chosen from a fixed list). */
export function raw(text: string): Fragment {
  return new Fragment([text], []);
}

/**
 * A value written into the SQL text as a literal, for the few places DuckDB takes no parameters (view
 * definitions, table functions' options, DDL defaults). Everywhere else, bind values with `sql`.
 */
export function lit(value: SqlValue): Fragment {
  return raw(literal(value));
}

/**
 * The statement with every bound value written in as a literal. The engine needs this for a statement it must be
 * able to stop midway: duckdb-wasm runs prepared statements to the end, and only parameterless ones can be cancelled.
 */
export function inlineSql(fragment: Fragment): string {
  return fragment.pieces.reduce((text, piece, i) => text + literal(fragment.params[i - 1] ?? null) + piece);
}
