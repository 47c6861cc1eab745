// How cost grows: the built CLI bundles generated trees of 1k, 10k and 100k files (the same kind
// of ≈ 4 KiB source files, so bytes grow with the count) and we record its wall time and peak RSS.
// Time should grow linearly with the bytes; memory should stay flat (no file content held).
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchContext } from '../context.js';
import { writeGrowthTree } from '../data.js';
import { runOk } from '../exec.js';
import type { CaseResult, Figure } from '../report.js';
import { mbPerSec, summarize, type Summary } from '../stats.js';

/** Time per byte of the largest tree at most this many times the next one's: linear in bytes. */
export const LINEAR_WITHIN = 1.25;
/** Peak RSS of the largest tree at most this many times the smallest's: flat in memory. */
export const FLAT_WITHIN = 1.5;

export interface GrowthRow {
  files: number;
  bytes: number;
  archiveBytes: number;
  /** Wall time of `node dist/cli.js bundle`, spawn to exit. */
  ms: Figure;
  /** Peak RSS of the worst run, MB. */
  peakRssMb: number;
  /** Time to write the tree (not measured against anything). */
  generateMs: number;
}

function fig(s: Summary, unit: string): Figure {
  return { median: s.median, spread: s.spread, runs: s.samples.length, unit };
}

async function bundleOnce(ctx: BenchContext, dir: string, out: string, rssFile: string): Promise<{ ms: number; rssKb: number }> {
  rmSync(rssFile, { force: true });
  const preload = pathToFileURL(path.join(ctx.repo, 'bench/peak-rss.mjs')).href;
  const r = await runOk(ctx.node24, [path.join(ctx.dist, 'cli.js'), 'bundle', dir, '--out', out], {
    env: { PATH: process.env.PATH ?? '', NODE_OPTIONS: `--import=${preload}`, HOOKLINE_BENCH_RSS: rssFile },
  });
  const lines = readFileSync(rssFile, 'utf8').trim().split('\n');
  const rssKb = Math.max(...lines.map((l) => (JSON.parse(l) as { peakRssKb: number }).peakRssKb));
  return { ms: r.ms, rssKb };
}

export async function growthCases(ctx: BenchContext, counts: number[]): Promise<{ cases: CaseResult[]; rows: GrowthRow[] }> {
  const rows: GrowthRow[] = [];
  for (const files of counts) {
    const root = mkdtempSync(path.join(tmpdir(), 'hookline-bench-growth-'));
    try {
      const dir = path.join(root, 'tree');
      const started = performance.now();
      const tree = writeGrowthTree(dir, files);
      const generateMs = performance.now() - started;
      const out = path.join(root, 'bundle.zip');
      const rssFile = path.join(root, 'rss.jsonl');
      ctx.log(`growth: ${tree.files} files, ${(tree.bytes / 1e6).toFixed(0)} MB written in ${Math.round(generateMs)} ms`);
      for (let i = 0; i < ctx.warmup; i++) await bundleOnce(ctx, dir, out, rssFile); // also fills the page cache
      const runs: { ms: number; rssKb: number }[] = [];
      for (let i = 0; i < ctx.runs; i++) runs.push(await bundleOnce(ctx, dir, out, rssFile));
      const ms = summarize(runs.map((r) => r.ms));
      const rss = summarize(runs.map((r) => r.rssKb / 1024));
      ctx.log(`growth: ${tree.files} files: ${Math.round(ms.median)} ms, peak RSS ${Math.round(rss.max)} MB`);
      rows.push({
        files: tree.files,
        bytes: tree.bytes,
        archiveBytes: statSync(out).size,
        ms: fig(ms, 'ms'),
        peakRssMb: rss.max,
        generateMs,
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  return { rows, cases: growthVerdicts(rows) };
}

const rssFigure = (r: GrowthRow): Figure => ({ median: r.peakRssMb, spread: 0, runs: r.ms.runs, unit: 'MB (worst run)' });

/** The two verdicts the table supports: time linear in bytes, memory flat (pure). */
export function growthVerdicts(rows: GrowthRow[]): CaseResult[] {
  if (rows.length < 2) return [];
  const sorted = [...rows].sort((a, b) => a.files - b.files);
  const largest = sorted.at(-1)!;
  const next = sorted.at(-2)!;
  const smallest = sorted[0]!;
  const perByte = (r: GrowthRow) => r.ms.median / r.bytes;
  const timeRatio = perByte(largest) / perByte(next);
  const rssRatio = largest.peakRssMb / smallest.peakRssMb;
  const label = (r: GrowthRow) => `${r.files} files`;
  const tput = (r: GrowthRow): Figure => ({ ...r.ms, median: mbPerSec(r.bytes, r.ms.median), unit: 'MB/s' });
  return [
    {
      id: 'growth-time',
      title: `How cost grows: bundle time per byte, ${label(largest)} vs ${label(next)}`,
      hookline: tput(largest),
      peer: { name: `${label(next)}`, figure: tput(next) },
      ratio: timeRatio,
      ratioLabel: '× the time per byte',
      target: `linear in bytes (≤ ${LINEAR_WITHIN}× the time per byte of the 10× smaller tree)`,
      met: timeRatio <= LINEAR_WITHIN,
      note: 'Wall time of `node dist/cli.js bundle` (Node 24), spawn to exit, tree in the page cache; table under "How cost grows".',
    },
    {
      id: 'growth-rss',
      title: `How cost grows: peak RSS, ${label(largest)} vs ${label(smallest)}`,
      hookline: rssFigure(largest),
      peer: { name: label(smallest), figure: rssFigure(smallest) },
      ratio: rssRatio,
      ratioLabel: '× the peak RSS',
      target: `flat in memory (≤ ${FLAT_WITHIN}× the smallest tree's, worst run) while the bytes grow ${Math.round(largest.bytes / smallest.bytes)}×`,
      met: rssRatio <= FLAT_WITHIN,
      untimed: true,
      note: 'VmHWM of the CLI process (main thread + deflate workers), written by a preload (bench/peak-rss.mjs) at exit.',
    },
  ];
}

/** "How cost grows" as a Markdown table (pure). */
export function growthTable(rows: GrowthRow[]): string[] {
  const out = ['| Files | Tree | Archive | Bundle time | Throughput | Peak RSS (worst) |', '|---|---|---|---|---|---|'];
  for (const r of [...rows].sort((a, b) => a.files - b.files)) {
    const spread = r.ms.runs > 1 && r.ms.spread > 0 ? ` ±${Math.max(1, Math.round((r.ms.spread * 100) / 2))}%` : '';
    out.push(
      `| ${r.files} | ${(r.bytes / 1e6).toFixed(1)} MB | ${(r.archiveBytes / 1e6).toFixed(1)} MB | ${Math.round(r.ms.median)} ms${spread} | ${mbPerSec(r.bytes, r.ms.median).toFixed(1)} MB/s | ${Math.round(r.peakRssMb)} MB |`,
    );
  }
  return out;
}
