import { describe, expect, it } from 'vitest';
import { errorHeadline, errorOffset } from '../../src/explore/error-spot';
import { rawMessage } from '../../src/explore/run-statements';

// As the Node build of duckdb-wasm words it (seen from the real engine).
const NODE_SYNTAX = 'Parser Error: syntax error at or near "selec"\n\nLINE 1: selec 1\n        ^';
const NODE_BINDER =
  'Binder Error: Referenced column "nope" not found in FROM clause!\nCandidate bindings: "range"\n\nLINE 2:   nope\n          ^';

describe('errorOffset (Node text form)', () => {
  it('points at the start of a one-line query', () => {
    // Caret line: 8 spaces; "LINE 1: " is 8 long, so column 0.
    expect(errorOffset(NODE_SYNTAX, 'selec 1')).toBe(0);
  });

  it('points into a later line', () => {
    const text = 'select 1,\n  nope\nfrom range(3)';
    // Caret at 10 spaces − 8 for "LINE 2: " = column 2 of line 2; line 1 is 9 characters + newline = 10; 10 + 2 = 12.
    expect(errorOffset(NODE_BINDER, text)).toBe(12);
    expect(text.slice(12, 16)).toBe('nope');
  });

  it('takes off the lines the grid wraps before the query', () => {
    const wrapped = NODE_BINDER.replace('LINE 2:', 'LINE 3:');
    // The engine's line 3 is the query's line 2: same place as above.
    expect(errorOffset(wrapped, 'select 1,\n  nope\nfrom range(3)', 1)).toBe(12);
  });

  it('finds the place in a long line DuckDB shows shortened', () => {
    const line = `select ${'x'.repeat(100)}, bad from t`;
    const shown = `...${'x'.repeat(10)}, bad from t`;
    // "bad" is at 3 + 10 + 2 = 15 in the shown text, so the caret has 8 + 15 = 23 spaces.
    const message = `Binder Error: no bad\n\nLINE 1: ${shown}\n${' '.repeat(23)}^`;
    // The shown part (without "...") starts in the line at 7 + 90 = 97; 97 + 15 − 3 = 109 = 7 + 100 + 2.
    expect(errorOffset(message, line)).toBe(109);
    expect(line.slice(109, 112)).toBe('bad');
  });

  it('gives null when the message points nowhere or past the text', () => {
    expect(errorOffset('Catalog Error: Table with name x does not exist!', 'select * from x')).toBeNull();
    expect(errorOffset(NODE_BINDER, 'one line only')).toBeNull();
  });
});

describe('the wasm JSON form', () => {
  const json = JSON.stringify({
    exception_type: 'Parser',
    exception_message: 'syntax error at or near "selec"\n\nLINE 1: selec 1\n        ^',
  });

  it('reads as the Node text form', () => {
    expect(rawMessage(new Error(json))).toBe(NODE_SYNTAX);
    expect(errorOffset(rawMessage(new Error(json)), 'selec 1')).toBe(0);
  });

  it('leaves text that is not the JSON form alone', () => {
    expect(rawMessage(new Error('{not json'))).toBe('{not json');
    expect(rawMessage(new Error('{"other": 1}'))).toBe('{"other": 1}');
    expect(rawMessage('plain')).toBe('plain');
  });
});

describe('errorHeadline', () => {
  it('drops the LINE echo', () => {
    expect(errorHeadline(NODE_SYNTAX)).toBe('Parser Error: syntax error at or near "selec"');
    expect(errorHeadline(NODE_BINDER)).toBe(
      'Binder Error: Referenced column "nope" not found in FROM clause!\nCandidate bindings: "range"',
    );
  });
});
