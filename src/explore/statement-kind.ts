import type { ScannedStatement, Token } from './sql-scan';

/** What a statement would change in the loaded data, named for the confirmation. */
export interface DataChange {
  readonly verb: 'drop' | 'delete' | 'update' | 'truncate' | 'alter' | 'insert' | 'replace';
  /** The table or view as written, e.g. `main."来电"`. */
  readonly target: string;
  /** Its last name part, unquoted: what is looked up among the loaded tables. */
  readonly name: string;
}

export type StatementPlan =
  /** A query: paged from the engine as a subquery, sortable and filterable. */
  | { readonly run: 'paged' }
  /** Anything else (CREATE TABLE AS, PRAGMA, SET…): run once, its result or row count shown. */
  | { readonly run: 'once'; readonly change: DataChange | null }
  /** Never run from the workbench. */
  | { readonly run: 'refused'; readonly reason: 'extension' };

/** First words of a statement that can be read as a subquery (`select * from (…)`). */
const QUERY_WORDS = new Set([
  'select',
  'with',
  'from',
  'values',
  'table',
  'describe',
  'summarize',
  'show',
  'pivot',
  'unpivot',
]);
const DML = new Set(['insert', 'update', 'delete']);

const isWord = (token: Token | undefined, ...words: string[]) => token?.kind === 'word' && words.includes(token.value);

/** A possibly qualified name starting at `index`: its text as written and its last part. */
function nameAt(statement: ScannedStatement, index: number): { target: string; name: string } | null {
  const { tokens, text } = statement;
  let i = index;
  const first = tokens[i];
  if (!first || (first.kind !== 'word' && first.kind !== 'quoted')) return null;
  let last = first;
  while (tokens[i + 1]?.value === '.' && (tokens[i + 2]?.kind === 'word' || tokens[i + 2]?.kind === 'quoted')) {
    i += 2;
    last = tokens[i]!;
  }
  const name = last.kind === 'word' ? text.slice(last.start, last.end) : last.value;
  return { target: text.slice(first.start, last.end), name };
}

/** Skips `if exists` / `if not exists` and object words such as `table` or `view`. */
function skipWords(tokens: readonly Token[], index: number, words: readonly string[]): number {
  let i = index;
  while (isWord(tokens[i], ...words)) i++;
  return i;
}

const OBJECT_WORDS = [
  'table',
  'view',
  'schema',
  'sequence',
  'macro',
  'function',
  'type',
  'index',
  'if',
  'exists',
  'not',
  'temp',
  'temporary',
  'persistent',
];

/** The statement's main verb after any `with … as (…)` list: depth-0 `select`, `insert`, `update` or `delete`. */
function verbAfterWith(tokens: readonly Token[]): number {
  let depth = 0;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.value === '(') depth++;
    else if (token.value === ')') depth--;
    else if (depth === 0 && isWord(token, 'select', 'insert', 'update', 'delete')) return i;
  }
  return -1;
}

function changeAt(statement: ScannedStatement, at: number): DataChange | null {
  const { tokens } = statement;
  const word = tokens[at];
  if (!word || word.kind !== 'word') return null;
  const named = (verb: DataChange['verb'], index: number): DataChange | null => {
    const found = nameAt(statement, index);
    return found ? { verb, ...found } : null;
  };
  switch (word.value) {
    case 'drop':
      return named('drop', skipWords(tokens, at + 1, OBJECT_WORDS));
    case 'delete':
      return named('delete', skipWords(tokens, at + 1, ['from']));
    case 'update':
      return named('update', at + 1);
    case 'truncate':
      return named('truncate', skipWords(tokens, at + 1, ['table']));
    case 'alter':
      return named('alter', skipWords(tokens, at + 1, OBJECT_WORDS));
    case 'insert':
      return named('insert', skipWords(tokens, at + 1, ['or', 'replace', 'ignore', 'into']));
    case 'create':
      if (!isWord(tokens[at + 1], 'or') || !isWord(tokens[at + 2], 'replace')) return null;
      return named('replace', skipWords(tokens, at + 3, OBJECT_WORDS));
    default:
      return null;
  }
}

/**
 * How the workbench runs a statement, and what loaded data it would change. `CREATE OR REPLACE` changes data only
 * when its target already exists, so the caller checks `change.name` against the loaded tables.
 */
export function planStatement(statement: ScannedStatement): StatementPlan {
  const first = statement.tokens[0];
  if (isWord(first, 'install', 'load', 'force')) return { run: 'refused', reason: 'extension' };
  if (first?.value === '(') return { run: 'paged' };
  if (isWord(first, 'with')) {
    const verb = verbAfterWith(statement.tokens);
    const token = statement.tokens[verb];
    if (token && DML.has(token.value)) return { run: 'once', change: changeAt(statement, verb) };
    return { run: 'paged' };
  }
  if (first?.kind === 'word' && QUERY_WORDS.has(first.value)) return { run: 'paged' };
  return { run: 'once', change: changeAt(statement, 0) };
}
