import { describe, expect, it } from 'vitest';
import { splitStatements, tokenize } from '../../src/explore/sql-scan';

const texts = (sql: string) => splitStatements(sql).map((s) => s.text);

describe('splitStatements', () => {
  it('splits at semicolons and drops empty statements', () => {
    expect(texts('select 1; ; select 2;')).toEqual(['select 1', 'select 2']);
  });

  it('keeps a semicolon inside a string, with a doubled quote', () => {
    const statements = splitStatements("select 'it''s;' as x; select 2");
    expect(statements.map((s) => s.text)).toEqual(["select 'it''s;' as x", 'select 2']);
    // "select 'it''s;' as x" is 20 characters, then ';' (20) and a space (21): the second starts at 22.
    expect(statements[1]!.start).toBe(22);
    expect(statements[0]!.tokens[1]).toEqual({ kind: 'string', value: "it's;", start: 7, end: 15 });
  });

  it('keeps a semicolon inside a quoted name', () => {
    const [first] = splitStatements('select 1 as "x;""y"; select 2');
    expect(first!.text).toBe('select 1 as "x;""y"');
    expect(first!.tokens.at(-1)).toMatchObject({ kind: 'quoted', value: 'x;"y' });
  });

  it('ignores semicolons in line and nested block comments', () => {
    const sql = 'select 1 -- ; not a split\n; /* a /* b ; */ ; */ select 2';
    const statements = splitStatements(sql);
    expect(statements.map((s) => s.text)).toEqual(['select 1', 'select 2']);
    // "select 1 -- ; not a split\n" is 8 + 1 + 16 + 1 = 26 characters; ';' is at 26, a space at 27, the comment
    // "/* a /* b ; */ ; */" (19 characters) at 28..46, a space at 47: "select" starts at 48.
    expect(statements[1]!.start).toBe(48);
  });

  it('keeps dollar-quoted text whole, tagged or not', () => {
    const statements = splitStatements('select $$a;b$$ as s; select $tag$x;$$y$tag$');
    expect(statements).toHaveLength(2);
    expect(statements[0]!.tokens[1]).toMatchObject({ kind: 'string', value: 'a;b' });
    expect(statements[1]!.tokens[1]).toMatchObject({ kind: 'string', value: 'x;$$y' });
  });

  it('runs an unclosed string to the end instead of splitting inside it', () => {
    expect(texts("select 'abc; select 2")).toEqual(["select 'abc; select 2"]);
  });

  it('finds nothing to run in blanks and comments', () => {
    expect(splitStatements('  -- only a note\n /* and this */ ;')).toEqual([]);
  });
});

describe('tokenize', () => {
  it('lower-cases words, keeps Chinese names as words and quoted names as written', () => {
    expect(tokenize('SELECT 来电 FROM "Calls"').map((t) => [t.kind, t.value])).toEqual([
      ['word', 'select'],
      ['word', '来电'],
      ['word', 'from'],
      ['quoted', 'Calls'],
    ]);
  });
});
