// Summaries of repeated measurements (pure).

export interface Summary {
  /** The samples, in the order measured. */
  samples: number[];
  median: number;
  min: number;
  max: number;
  /** (max − min) / median: how far apart the runs were, relative to the median. 0 for one sample. */
  spread: number;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) return { samples: [], median: NaN, min: NaN, max: NaN, spread: NaN };
  const med = median(samples);
  const min = Math.min(...samples);
  const max = Math.max(...samples);
  return { samples: [...samples], median: med, min, max, spread: med === 0 ? 0 : (max - min) / med };
}

/** Bytes per millisecond → MB/s (10^6 bytes). */
export function mbPerSec(bytes: number, ms: number): number {
  return ms > 0 ? bytes / 1e6 / (ms / 1000) : NaN;
}

/** Run `fn` `warmup` times unmeasured, then `runs` times; the summary of what `fn` returned. */
export async function repeat(runs: number, warmup: number, fn: (i: number) => Promise<number>): Promise<Summary> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await fn(i));
  return summarize(samples);
}
