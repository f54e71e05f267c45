import { describe, expect, it } from 'vitest';
import { blockBetween, tsvField, tsvText } from '../../src/ui/grid/tsv';

describe('tsvField', () => {
  it.each([
    ['plain', 'plain'],
    ['来电原因：账单', '来电原因：账单'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    // A tab, a line break or a quote puts the field in quotes; a quote inside is doubled.
    ['a\tb', '"a\tb"'],
    ['line 1\nline 2', '"line 1\nline 2"'],
    ['a\r\nb', '"a\r\nb"'],
    ['say "hi"', '"say ""hi"""'],
    ['"', '""""'],
    ['', ''],
    [null, ''],
  ])('%j → %j', (text, field) => {
    expect(tsvField(text)).toBe(field);
  });
});

describe('tsvText', () => {
  it('joins fields with tabs and rows with CR LF', () => {
    expect(
      tsvText([
        ['1', 'a\tb', null],
        ['2', 'x"y', '中文'],
      ]),
    ).toBe('1\t"a\tb"\t\r\n2\t"x""y"\t中文');
  });
  it('is empty for no rows', () => {
    expect(tsvText([])).toBe('');
  });
});

describe('blockBetween', () => {
  it('spans two corners whichever way the selection went', () => {
    // From row 7, column 3 up and left to row 2, column 1: rows 2…7, columns 1…3.
    expect(blockBetween({ row: 7, column: 3 }, { row: 2, column: 1 })).toEqual({
      first: 2,
      last: 7,
      left: 1,
      right: 3,
    });
  });
});
