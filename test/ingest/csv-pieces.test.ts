import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowAlignedPieces } from '../../src/ingest/csv-pieces';

const encode = (text: string) => new TextEncoder().encode(text);

/** Every offset right after a line break outside quotes, found the slow, obvious way. */
function rowStarts(bytes: Uint8Array): number[] {
  const starts: number[] = [];
  let quoted = false;
  bytes.forEach((b, i) => {
    if (b === 0x22) quoted = !quoted;
    else if (b === 0x0a && !quoted) starts.push(i + 1);
  });
  return starts;
}

describe('cutting a CSV into row-aligned pieces', () => {
  it('never cuts inside a quoted field that holds line breaks', async () => {
    // rows are 10 bytes apart except the quoted one; a 12-byte piece would end inside "b\nc"
    const text = 'id,note\n1,plain\n2,"b\nc ""x"""\n3,plain\n4,last\n';
    const pieces = await rowAlignedPieces('t.csv', new Blob([encode(text)]), 12, '"', undefined, 5);
    const parts = pieces.map((p) => text.slice(p.start, p.end));
    expect(parts).toEqual(['id,note\n1,plain\n', '2,"b\nc ""x"""\n', '3,plain\n4,last\n']);
  });

  it('gives one piece for a file smaller than a piece, and keeps a last line without a break', async () => {
    expect(await rowAlignedPieces('t.csv', new Blob([encode('a\n1\n2')]), 100, '"')).toEqual([{ start: 0, end: 5 }]);
    // rows start at 0, 2 and 4: cuts at the first row start 2 bytes or more after the previous cut
    const pieces = await rowAlignedPieces('t.csv', new Blob([encode('a\n1\n2')]), 2, '"');
    expect(pieces).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
      { start: 4, end: 5 },
    ]);
  });

  it('cuts at the first row start at least a piece after the last cut, whatever the scan step', async () => {
    const field = fc.oneof(
      fc.stringMatching(/^[a-z0-9 ]{0,6}$/),
      fc.stringMatching(/^[a-z\n,"]{0,6}$/).map((s) => `"${s.replaceAll('"', '""')}"`),
    );
    const row = fc.array(field, { minLength: 1, maxLength: 4 }).map((f) => f.join(','));
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 50 }),
        async (rows, pieceBytes, scanBytes) => {
          const bytes = encode(rows.join('\n') + '\n');
          const pieces = await rowAlignedPieces('t.csv', new Blob([bytes]), pieceBytes, '"', undefined, scanBytes);
          const starts = new Set(rowStarts(bytes));
          expect(pieces[0]?.start).toBe(0);
          expect(pieces.at(-1)?.end).toBe(bytes.length);
          for (let k = 0; k < pieces.length; k++) {
            const { start, end } = pieces[k]!;
            if (k > 0) expect(start).toBe(pieces[k - 1]!.end);
            if (end < bytes.length) {
              expect(starts.has(end)).toBe(true);
              // the first row start at or after start + pieceBytes
              const expected = [...starts].filter((s) => s >= start + pieceBytes).sort((a, b) => a - b)[0];
              expect(end).toBe(expected);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
