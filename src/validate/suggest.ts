// "Did you mean": edit distance over names and paths.

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + cost);
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}

/** The closest candidates within a distance that scales with the word's length (case-insensitive). */
export function closest(word: string, candidates: Iterable<string>, max = 3): string[] {
  const w = word.toLowerCase();
  const limit = Math.min(max, Math.max(1, Math.floor(word.length / 3)));
  const scored: Array<[string, number]> = [];
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d <= limit || (w.length >= 4 && (c.toLowerCase().startsWith(w) || w.startsWith(c.toLowerCase())))) {
      scored.push([c, d]);
    }
  }
  scored.sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]));
  return scored.map(([c]) => c);
}

export function didYouMean(word: string, candidates: Iterable<string>): string {
  const best = closest(word, candidates)[0];
  return best ? ` Did you mean '${best}'?` : '';
}
