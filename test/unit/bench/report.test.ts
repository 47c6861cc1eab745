import {
  figure,
  historyEntry,
  HISTORY_LIMIT,
  mergeHistory,
  num,
  renderMarkdown,
  type CaseResult,
  type Results,
} from '../../../bench/report.js';

const cases: CaseResult[] = [
  {
    id: 'bundle-throughput',
    title: 'Bundle the web-app tree',
    hookline: { median: 43.4, spread: 0.14, runs: 3, unit: 'MB/s' },
    peer: { name: 'zip -r -q -6', figure: { median: 22.5, spread: 0.1, runs: 3, unit: 'MB/s' } },
    ratio: 1.93,
    ratioLabel: "× zip's throughput",
    target: '≥ 1.5× Info-ZIP',
    met: true,
    note: 'a | pipe',
  },
  {
    id: 'upload-throughput',
    title: 'Upload',
    peer: { name: 'aws s3 cp', skipped: 'aws is not on PATH' },
    target: '≥ aws s3 cp',
    met: null,
  },
];

function results(over: Partial<Results> = {}): Results {
  return {
    date: '2026-11-23T10:00:00.000Z',
    commit: 'abcdef1234',
    scale: 1,
    wallMs: 600_000,
    machine: {
      cores: 2,
      cpu: 'AMD EPYC',
      memoryGB: 24,
      os: 'Linux',
      loadStart: [0.5, 0.4, 0.3],
      loadEnd: [1, 1, 1],
      nodeBench: 'v24.21.0',
      nodeAction: 'v24.21.0',
    },
    method: { bundling: 'dist/cli.js' },
    data: [{ name: 'webapp', files: 20204, bytes: 315e6, manifestHash: 'cb2a42452737aaaa', reused: true }],
    cases,
    peers: { zip: '/usr/bin/zip' },
    history: [],
    ...over,
  };
}

describe('num and figure', () => {
  it('prints three significant digits without exponents', () => {
    expect([1234.5, 43.44, 1.934, 0.2412, 0, 2, NaN, undefined].map(num)).toEqual(['1235', '43.4', '1.93', '0.24', '0', '2', '—', '—']);
  });

  it('shows the spread as ± half the range, only for repeated runs', () => {
    expect(figure({ median: 43.4, spread: 0.14, runs: 3, unit: 'MB/s' })).toBe('43.4 MB/s ±7%');
    expect(figure({ median: 192, spread: 0, runs: 1, unit: 'MB' })).toBe('192 MB');
    expect(figure({ median: 1, spread: 0, runs: 3, unit: 'distinct' })).toBe('1 distinct');
    expect(figure({ median: 211.5, spread: 0.008, runs: 3, unit: 'ms' })).toBe('212 ms ±1%');
  });
});

describe('history', () => {
  it('keeps the ratio (or the median) and the verdict of each case', () => {
    expect(historyEntry(results()).cases).toEqual({
      'bundle-throughput': { value: 1.93, met: true },
      'upload-throughput': { value: null, met: null },
    });
  });

  it('adds the previous run once, newest first, bounded', () => {
    const old = Array.from({ length: HISTORY_LIMIT + 5 }, (_, i) =>
      historyEntry(results({ date: `2026-01-${String(i + 1).padStart(2, '0')}T00:00:00Z` })),
    );
    const merged = mergeHistory(results({ date: '2026-11-22T00:00:00Z', history: old }));
    expect(merged).toHaveLength(HISTORY_LIMIT);
    expect(merged[0]!.date).toBe('2026-11-22T00:00:00Z');
    expect(mergeHistory({ ...results(), history: [historyEntry(results())] })).toHaveLength(1);
    expect(mergeHistory(null)).toEqual([]);
  });
});

describe('renderMarkdown', () => {
  it('writes the machine, each case with its verdict, the notes and the history', () => {
    const md = renderMarkdown(results({ history: [historyEntry(results({ date: '2026-11-01T09:00:00Z', commit: '1234567890' }))] }));
    expect(md).toContain('2 cores (AMD EPYC)');
    expect(md).toContain(
      "| Bundle the web-app tree | 43.4 MB/s ±7% | 22.5 MB/s ±5% (zip -r -q -6) | 1.93 × zip's throughput | ≥ 1.5× Info-ZIP | — | ✅ met |",
    );
    expect(md).toContain('| Upload | — | skipped: aws is not on PATH | — | ≥ aws s3 cp | — | ⏭ not measured |');
    expect(md).toContain('**Bundle the web-app tree**: a | pipe');
    expect(md).toMatch(/\| 2026-11-23 10:00 \| abcdef1 \| 1 \| 10\.0 min \| 1\.93 ✓ \| — \|/);
    expect(md).toMatch(/\| 2026-11-01 09:00 \| 1234567 \|/);
  });
});

describe('load and noise in the report', () => {
  const noisy: CaseResult = {
    ...cases[0]!,
    met: null,
    indicative: true,
    noisy: 'load average 2.40 at its start (> 1.5)',
    load: { start: 2.4, end: 2.9, otherCores: 0.91 },
  };

  it('shows the load of each case and gives a noisy figure no verdict, saying what it would have been', () => {
    const md = renderMarkdown(results({ cases: [noisy] }));
    expect(md).toContain('| ≥ 1.5× Info-ZIP | 2.40 · others 0.91 | 〰️ noisy, no verdict (would be met) |');
    expect(md).toContain('**Bundle the web-app tree**: a | pipe Noisy: load average 2.40 at its start (> 1.5).');
  });

  it('marks a noisy case in the history with ~ and no verdict', () => {
    expect(historyEntry(results({ cases: [noisy] })).cases['bundle-throughput']).toEqual({ value: 1.93, met: null, noisy: true });
    expect(renderMarkdown(results({ cases: [noisy], history: [historyEntry(results({ date: '2026-11-01T09:00:00Z' }))] }))).toMatch(
      /\| 2026-11-23 10:00 \| abcdef1 \| 1 \| 10\.0 min \| 1\.93 ~ \|/,
    );
  });

  it('adds the "How cost grows" table when the growth case ran', () => {
    const md = renderMarkdown(
      results({
        growth: [
          {
            files: 1004,
            bytes: 4.1e6,
            archiveBytes: 1.9e6,
            ms: { median: 310, spread: 0.1, runs: 3, unit: 'ms' },
            peakRssMb: 96,
            generateMs: 50,
          },
        ],
      }),
    );
    expect(md).toContain('## How cost grows');
    expect(md).toContain('| 1004 | 4.1 MB | 1.9 MB | 310 ms ±5% | 13.2 MB/s | 96 MB |');
  });
});
