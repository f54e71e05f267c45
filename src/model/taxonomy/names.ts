import { OTHER_LABELS } from './types';

/** A name as compared for duplicates: full/half width folded (NFKC), lower case, every kind of space removed. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u3000]+/gu, '');
}

/** Whether a reason or category name means "other" (counts against coverage). */
export function isOtherLabel(name: string | undefined): boolean {
  return name !== undefined && OTHER_LABELS.includes(normalizeName(name));
}

/** Edit distance between two strings, by code point. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = row;
  }
  return previous[y.length]!;
}

/**
 * How alike two names are: `same` once case, width and spaces are ignored; `near` when one character apart
 * (a typo or a plural) and both are long enough for that to mean something (4+ characters, 2+ in Chinese).
 */
export function nameLikeness(a: string, b: string): 'same' | 'near' | null {
  const x = normalizeName(a);
  const y = normalizeName(b);
  if (!x || !y) return null;
  if (x === y) return 'same';
  const wide = /[\u3400-\u9fff]/u.test(x + y);
  const shortest = Math.min([...x].length, [...y].length);
  if (shortest < (wide ? 3 : 5)) return null;
  return editDistance(x, y) === 1 ? 'near' : null;
}
