import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { growthTable, growthVerdicts, type GrowthRow } from '../../../bench/cases/growth.js';
import { writeGrowthTree } from '../../../bench/data.js';

const row = (files: number, mb: number, ms: number, rss: number): GrowthRow => ({
  files,
  bytes: mb * 1e6,
  archiveBytes: (mb * 1e6) / 2,
  ms: { median: ms, spread: 0, runs: 3, unit: 'ms' },
  peakRssMb: rss,
  generateMs: 0,
});

describe('growthVerdicts', () => {
  it('judges time per byte against the next smaller tree and peak RSS against the smallest', () => {
    const [time, rss] = growthVerdicts([row(100_004, 410, 9000, 130), row(1004, 4.1, 300, 100), row(10_004, 41, 1000, 110)]);
    expect(time).toMatchObject({ id: 'growth-time', met: true });
    expect(time!.ratio).toBeCloseTo(9000 / 410 / (1000 / 41), 6);
    expect(rss).toMatchObject({ id: 'growth-rss', ratio: 1.3, met: true, untimed: true });
  });

  it('fails memory that grows with the bytes and time that grows faster than them', () => {
    const [time, rss] = growthVerdicts([row(1004, 4.1, 300, 100), row(10_004, 41, 1000, 400), row(100_004, 410, 20_000, 900)]);
    expect(time!.met).toBe(false);
    expect(rss!.met).toBe(false);
  });

  it('needs two trees to compare', () => {
    expect(growthVerdicts([row(1004, 4.1, 300, 100)])).toEqual([]);
  });

  it('tabulates the trees smallest first', () => {
    const lines = growthTable([row(10_004, 41, 1000, 110), row(1004, 4.1, 300, 100)]);
    expect(lines.slice(2)).toEqual([
      '| 1004 | 4.1 MB | 2.0 MB | 300 ms | 13.7 MB/s | 100 MB |',
      '| 10004 | 41.0 MB | 20.5 MB | 1000 ms | 41.0 MB/s | 110 MB |',
    ]);
  });
});

describe('writeGrowthTree', () => {
  it('writes the same bytes for the same count, 100 files a folder, about 4 KiB each', () => {
    const a = mkdtempSync(path.join(tmpdir(), 'bench-growth-a-'));
    const b = mkdtempSync(path.join(tmpdir(), 'bench-growth-b-'));
    try {
      const ta = writeGrowthTree(a, 250);
      const tb = writeGrowthTree(b, 250);
      expect(ta).toEqual(tb);
      expect(ta.files).toBe(254); // + appspec.yml and three scripts
      expect(ta.bytes / 250).toBeGreaterThan(3000);
      expect(ta.bytes / 250).toBeLessThan(5500);
      expect(readdirSync(path.join(a, 'src/p0'))).toEqual(['m0', 'm1', 'm2']);
      expect(readdirSync(path.join(a, 'src/p0/m1'))).toHaveLength(100);
      expect(readFileSync(path.join(a, 'src/p0/m2/f217.js'))).toEqual(readFileSync(path.join(b, 'src/p0/m2/f217.js')));
    } finally {
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  });
});
