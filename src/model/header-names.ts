/** Lower-case, full-width folded, with every space, underscore and punctuation mark removed. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** How well a header names a role: 1 for a synonym, less for a header that contains one, 0 for none. */
export function nameScore(header: string, synonyms: readonly string[]): number {
  const name = normalizeHeader(header);
  if (!name) return 0;
  let best = 0;
  synonyms.forEach((synonym, index) => {
    const s = normalizeHeader(synonym);
    // Earlier synonyms are the more telling ones, so they break ties between two columns.
    const rank = 1 - index * 0.002;
    if (name === s) best = Math.max(best, rank);
    else if (s.length >= 3 && name.includes(s)) best = Math.max(best, 0.6 * rank);
    else if (s.length >= 2 && /\p{Script=Han}/u.test(s) && name.includes(s)) best = Math.max(best, 0.6 * rank);
  });
  return best;
}
