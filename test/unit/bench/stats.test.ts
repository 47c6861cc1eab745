import { mbPerSec, median, repeat, summarize } from '../../../bench/stats.js';

describe('median', () => {
  it('takes the middle sample, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('does not reorder its input', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('summarize', () => {
  it('gives the median, the range and the spread relative to the median', () => {
    expect(summarize([90, 100, 110])).toEqual({ samples: [90, 100, 110], median: 100, min: 90, max: 110, spread: 0.2 });
  });

  it('has no spread for one sample and no figures for none', () => {
    expect(summarize([5]).spread).toBe(0);
    expect(summarize([]).median).toBeNaN();
  });
});

describe('mbPerSec', () => {
  it('is 10^6 bytes per second', () => {
    expect(mbPerSec(50_000_000, 500)).toBe(100);
    expect(mbPerSec(1, 0)).toBeNaN();
  });
});

describe('repeat', () => {
  it('runs the warm-ups unrecorded, then the measured runs in order', async () => {
    const seen: number[] = [];
    const s = await repeat(3, 2, async (i) => {
      seen.push(i);
      return i * 10;
    });
    expect(seen).toEqual([-1, -2, 0, 1, 2]);
    expect(s.samples).toEqual([0, 10, 20]);
  });
});
