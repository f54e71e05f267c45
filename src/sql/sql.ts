import { quoteIdent, type SqlValue } from './quote';

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
  constructor(
    readonly text: string,
    readonly params: readonly SqlValue[],
  ) {}
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
  let text = strings[0] ?? '';
  const params: SqlValue[] = [];
  parts.forEach((part, i) => {
    if (part instanceof Ident) text += quoteIdent(part.name);
    else if (part instanceof Fragment) {
      text += part.text;
      params.push(...part.params);
    } else {
      text += '?';
      params.push(part);
    }
    text += strings[i + 1] ?? '';
  });
  return new Fragment(text, params);
}

/** Joins fragments with a separator (itself trusted SQL text such as `, ` or ` AND `). */
export function join(fragments: readonly Fragment[], separator: string): Fragment {
  return new Fragment(
    fragments.map((f) => f.text).join(separator),
    fragments.flatMap((f) => f.params),
  );
}

/** Raw SQL text from the program itself (keywords, function names chosen from a fixed list). */
export function raw(text: string): Fragment {
  return new Fragment(text, []);
}
