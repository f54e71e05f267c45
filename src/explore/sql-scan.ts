/** A piece of SQL text as far as the workbench needs to know it: words, names, literals and punctuation. */
export interface Token {
  readonly kind: 'word' | 'quoted' | 'string' | 'number' | 'punct';
  /** For a word, lower case; for a quoted name, the name unquoted; else the text itself. */
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** One statement of the text the user ran, without its closing semicolon. */
export interface ScannedStatement {
  readonly text: string;
  /** Where it starts in the text it came from. */
  readonly start: number;
  readonly tokens: readonly Token[];
}

const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD_PART = /[A-Za-z0-9_$\u0080-\uffff]/;

/** The end of a quoted run that starts at `start` with `quote`; a doubled quote stays inside. */
function quotedEnd(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}

/** Splits SQL text into tokens, skipping blanks and comments (`--`, `/* … *\/`, nested as DuckDB allows). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) i++;
    else if (c === '-' && text[i + 1] === '-') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end + 1;
    } else if (c === '/' && text[i + 1] === '*') {
      let depth = 1;
      i += 2;
      while (i < text.length && depth > 0) {
        if (text.startsWith('/*', i)) {
          depth++;
          i += 2;
        } else if (text.startsWith('*/', i)) {
          depth--;
          i += 2;
        } else i++;
      }
    } else if (c === "'" || c === '"') {
      const end = quotedEnd(text, i, c);
      const inner = text.slice(i + 1, Math.max(i + 1, end - 1)).replaceAll(c + c, c);
      tokens.push({ kind: c === '"' ? 'quoted' : 'string', value: inner, start: i, end });
      i = end;
    } else if (c === '$' && /^\$\w*\$/.test(text.slice(i))) {
      const tag = /^\$\w*\$/.exec(text.slice(i))![0];
      const close = text.indexOf(tag, i + tag.length);
      const end = close < 0 ? text.length : close + tag.length;
      tokens.push({ kind: 'string', value: text.slice(i + tag.length, close < 0 ? end : close), start: i, end });
      i = end;
    } else if (WORD_START.test(c)) {
      let end = i + 1;
      while (end < text.length && WORD_PART.test(text[end]!)) end++;
      tokens.push({ kind: 'word', value: text.slice(i, end).toLowerCase(), start: i, end });
      i = end;
    } else if (/[0-9]/.test(c)) {
      let end = i + 1;
      while (end < text.length && /[0-9._eE]/.test(text[end]!)) end++;
      tokens.push({ kind: 'number', value: text.slice(i, end), start: i, end });
      i = end;
    } else {
      tokens.push({ kind: 'punct', value: c, start: i, end: i + 1 });
      i++;
    }
  }
  return tokens;
}

/** The statements in the text, split at semicolons outside quotes and comments; empty ones are dropped. */
export function splitStatements(text: string): ScannedStatement[] {
  const statements: ScannedStatement[] = [];
  let current: Token[] = [];
  const close = () => {
    if (current.length > 0) {
      const start = current[0]!.start;
      const end = current[current.length - 1]!.end;
      statements.push({ text: text.slice(start, end), start, tokens: current.map((t) => shift(t, start)) });
    }
    current = [];
  };
  for (const token of tokenize(text)) {
    if (token.kind === 'punct' && token.value === ';') close();
    else current.push(token);
  }
  close();
  return statements;
}

function shift(token: Token, by: number): Token {
  return { ...token, start: token.start - by, end: token.end - by };
}
