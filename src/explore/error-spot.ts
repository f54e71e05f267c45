/** Where DuckDB says an error is: `LINE n: <the line>` and a caret under the place. */
const SPOT = /LINE (\d+): ([^\n]*)\n( *)\^/;

/**
 * The offset in `text` of the place a DuckDB error points at, or null when it points at none. `lineShift` is how
 * many lines the engine saw before the text (a query the grid wraps starts on the engine's second line).
 */
export function errorOffset(message: string, text: string, lineShift = 0): number | null {
  const match = SPOT.exec(message);
  if (!match) return null;
  const lineNumber = Number(match[1]) - lineShift;
  const shown = match[2]!;
  const caret = match[3]!.length - `LINE ${match[1]}: `.length;
  const lines = text.split('\n');
  if (lineNumber < 1 || lineNumber > lines.length || caret < 0) return null;
  const line = lines[lineNumber - 1]!;
  // A long line is shown shortened, with `...` before and after the part around the place.
  const lead = shown.startsWith('...') ? 3 : 0;
  const part = shown.slice(lead).replace(/\.\.\.$/, '');
  const found = line.indexOf(part.slice(0, Math.max(1, Math.min(part.length, 40))));
  const column = (found >= 0 ? found : 0) + caret - lead;
  if (column < 0 || column > line.length) return null;
  let offset = 0;
  for (let i = 0; i < lineNumber - 1; i++) offset += lines[i]!.length + 1;
  return offset + column;
}

/** The first line of an error, without DuckDB's `LINE n:` echo (the editor marks the place instead). */
export function errorHeadline(message: string): string {
  return message.split(/\n\s*\nLINE \d+:/)[0]!.trim();
}
