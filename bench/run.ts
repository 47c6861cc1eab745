// npm run bench [-- --quick | --scale N] [--runs N] [--warmup N] [--only a,b] [--growth 1000,10000] [--settle S] [--dist DIR] [--render]
//
// Generates (or reuses) the benchmark trees, starts the local AWS emulator, runs every case for
// hookline and for the tool people use instead, side by side, and writes bench/results.json and
// bench/RESULTS.md (full-scale runs of every case only; other runs write to bench/.work/).
// Nothing is installed: a missing peer is reported as skipped with the reason.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { S3Client } from '@aws-sdk/client-s3';
import { startEmulator } from '../test/emulator/index.js';
import { bundleCases, pipelineCase, rerunCase, rssCase, uploadCase } from './cases/artifact.js';
import { growthCases, type GrowthRow } from './cases/growth.js';
import { coldStartCase, fleetCase, releaseCase, steadyCase } from './cases/release.js';
import type { BenchContext } from './context.js';
import { ensureTree, type Tree, type TreeSpec } from './data.js';
import { findAws } from './aws-cli.js';
import { buildChild, findZip } from './exec.js';
import { judgeUnderLoad, settle, watchLoad } from './load.js';
import { mergeHistory, renderMarkdown, type CaseResult, type Results } from './report.js';

const CASES = ['bundle', 'upload', 'pipeline', 'fatjar', 'growth', 'release', 'fleet', 'steady', 'coldstart'] as const;
type CaseName = (typeof CASES)[number];

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    scale: { type: 'string' },
    runs: { type: 'string' },
    warmup: { type: 'string' },
    only: { type: 'string' },
    dist: { type: 'string' },
    settle: { type: 'string' },
    growth: { type: 'string' },
    render: { type: 'boolean', default: false },
  },
});

const scale = Number(values.scale ?? process.env.HOOKLINE_BENCH_SCALE ?? (values.quick ? 0.05 : 1));
if (!(scale > 0 && scale <= 4)) throw new Error(`--scale must be in (0, 4], got ${values.scale}`);
const runs = Number(values.runs ?? (values.quick ? 2 : 3));
const warmup = Number(values.warmup ?? 1);
// File counts of the "how cost grows" trees (generated in a temp dir each run).
const growthSizes = (values.growth ?? (values.quick ? '1000,10000' : '1000,10000,100000')).split(',').map(Number);
if (growthSizes.some((n) => !(Number.isInteger(n) && n > 0)))
  throw new Error(`--growth: file counts, e.g. 1000,10000, got ${values.growth}`);
// Before each case, wait up to this long for the load average to fall to NOISY_LOAD (bench/load.ts).
const settleMs = 1000 * Number(values.settle ?? (values.quick ? 0 : 90));
const only = new Set((values.only ?? CASES.join(',')).split(',').map((s) => s.trim()) as CaseName[]);
for (const c of only) if (!CASES.includes(c)) throw new Error(`--only: unknown case ${c} (cases: ${CASES.join(', ')})`);
const dist = path.resolve(repo, values.dist ?? process.env.HOOKLINE_DIST ?? 'dist');
const official = scale === 1 && only.size === CASES.length;
const work = path.join(repo, 'bench', '.work');
mkdirSync(work, { recursive: true });

const started = performance.now();
const loadStart = os.loadavg();
const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}`);

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

async function main(): Promise<void> {
  if (!existsSync(path.join(dist, 'index.js')) || !existsSync(path.join(dist, 'cli.js'))) {
    throw new Error(
      `No built action at ${dist}: run \`npm run bundle\` (or \`node scripts/bundle.mjs --out bench/.work/dist\` and pass --dist bench/.work/dist).`,
    );
  }
  // The harness reads HOOKLINE_DIST when it is first imported.
  process.env.HOOKLINE_DIST = dist;
  const { NODE24 } = await import('../test/harness/runner.js');
  log(
    `scale ${scale}, ${runs} runs after ${warmup} warm-up, cases: ${[...only].join(', ')}; action: ${path.relative(repo, dist)}; load ${loadStart.map((x) => x.toFixed(2)).join(' ')}`,
  );
  // Trees are generated (or reused) only when a case needs them: a case filter stays quick.
  const dataRoot = path.join(repo, 'bench', '.data');
  const trees = new Map<TreeSpec['name'], Tree>();
  const tree = (name: TreeSpec['name']): Tree => {
    let t = trees.get(name);
    if (!t) {
      t = ensureTree(dataRoot, { name, scale });
      trees.set(name, t);
      log(
        `tree ${t.name}: ${t.files} files, ${(t.bytes / 1e6).toFixed(0)} MB, ${t.generated ? `generated in ${Math.round(t.generateMs)} ms` : 'reused'}`,
      );
    }
    return t;
  };
  const zip = findZip();
  const aws = findAws();
  for (const [name, p] of [
    ['zip', zip],
    ['aws', aws],
  ] as const)
    log(p.missing ? `peer ${name} skipped: ${p.missing}` : `peer ${name}: ${p.path} (${p.version})`);
  const needsChild = ['upload', 'pipeline', 'fatjar'].some((c) => only.has(c as CaseName));
  const child = needsChild ? await buildChild(repo, path.join(work, 'child')) : '';

  const bucket = 'bench-artifacts';
  const emu = await startEmulator({ scenario: { s3: { buckets: [bucket] } } });
  const s3 = new S3Client({
    endpoint: emu.url,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  const ctx: BenchContext = {
    repo,
    work,
    dist,
    node24: NODE24,
    child,
    runs,
    warmup,
    get webapp() {
      return tree('webapp');
    },
    get fatjar() {
      return tree('fatjar');
    },
    zip,
    aws,
    emu,
    bucket,
    s3,
    log,
  };
  const cases: CaseResult[] = [];
  let growth: GrowthRow[] | undefined;
  const skip = (id: string, title: string, target: string, why: string): CaseResult => ({ id, title, target, met: null, note: why });
  /** One group of cases: settle, run, and record the load it ran under (noisy figures get no verdict). */
  const measure = async (name: string, fn: () => Promise<CaseResult[]>): Promise<void> => {
    const waited = await settle(settleMs);
    const watch = watchLoad();
    const measured = await fn();
    const load = watch.stop();
    log(
      `${name}: load ${load.start.toFixed(2)} → ${load.end.toFixed(2)}${load.otherCores !== undefined ? `, others ${load.otherCores.toFixed(2)} cores` : ''}${waited >= 1000 ? ` (waited ${Math.round(waited / 1000)} s to settle)` : ''}`,
    );
    cases.push(...judgeUnderLoad(measured, load));
  };
  try {
    let bundled: Awaited<ReturnType<typeof bundleCases>> | undefined;
    if (only.has('bundle') || only.has('upload'))
      await measure('bundle', async () => {
        bundled = await bundleCases(ctx);
        return only.has('bundle') ? bundled.cases : [];
      });
    if (only.has('upload') && bundled) {
      const archive = bundled.archive;
      if (aws.path) await measure('upload', async () => (await uploadCase(ctx, archive)).cases);
      else cases.push(skip('upload-throughput', 'Upload vs aws s3 cp', '≥ aws s3 cp', `skipped: ${aws.missing}`));
    }
    if (only.has('pipeline'))
      await measure('pipeline', async () => {
        const web = await pipelineCase(ctx, ctx.webapp, `web-app tree (${(ctx.webapp.bytes / 1e6).toFixed(0)} MB)`, runs);
        return [web.case, rssCase(ctx.webapp, web.outs)];
      });
    if (only.has('fatjar'))
      await measure('fatjar', async () => {
        const fat = await pipelineCase(
          ctx,
          ctx.fatjar,
          `fat-jar tree (${(ctx.fatjar.bytes / 1e6).toFixed(0)} MB)`,
          Math.max(2, Math.min(runs, 3)),
        );
        return [fat.case, rssCase(ctx.fatjar, fat.outs), await rerunCase(ctx, fat.outs)];
      });
    if (only.has('growth'))
      await measure('growth', async () => {
        const g = await growthCases(ctx, growthSizes);
        growth = g.rows;
        return g.cases;
      });
    if (only.has('release')) await measure('release', () => releaseCase(ctx));
    if (only.has('fleet')) await measure('fleet', () => fleetCase(ctx));
    if (only.has('steady')) await measure('steady', async () => [await steadyCase(ctx)]);
    if (only.has('coldstart')) await measure('coldstart', () => coldStartCase(ctx));
  } finally {
    s3.destroy();
    await emu.close();
  }

  const wallMs = performance.now() - started;
  const resultsFile = official ? path.join(repo, 'bench', 'results.json') : path.join(work, 'results.json');
  const mdFile = official ? path.join(repo, 'bench', 'RESULTS.md') : path.join(work, 'RESULTS.md');
  const previousFile = path.join(repo, 'bench', 'results.json');
  const previous = existsSync(previousFile) ? (JSON.parse(readFileSync(previousFile, 'utf8')) as Partial<Results>) : null;
  const nodeAction = execFileSync(ctx.node24, ['--version'], { encoding: 'utf8' }).trim();
  const results: Results = {
    date: new Date().toISOString(),
    commit: commit(),
    scale,
    wallMs,
    machine: {
      cores: os.availableParallelism(),
      cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()}`,
      loadStart,
      loadEnd: os.loadavg(),
      nodeBench: process.version,
      nodeAction,
    },
    method: {
      bundling: `\`node ${path.relative(repo, dist)}/cli.js bundle\` under Node ${nodeAction}`,
      'upload and bundle + upload': `src/bundle + src/aws/s3-upload.ts bundled by esbuild into one script, run under Node ${nodeAction}`,
      'release, fleet, polling, cold start': `${path.relative(repo, dist)}/index.js (+ post.js) through test/harness/runner.ts under Node ${nodeAction}`,
    },
    data: [...trees.values()].map((t) => ({
      name: t.name,
      files: t.files,
      bytes: t.bytes,
      manifestHash: t.manifestHash,
      reused: !t.generated,
    })),
    cases,
    ...(growth ? { growth } : {}),
    peers: {
      zip: zip.missing ? `skipped (${zip.missing})` : `${zip.path} (${zip.version})`,
      aws: aws.missing ? `skipped (${aws.missing})` : `${aws.path} (${aws.version})`,
    },
    history: official ? mergeHistory(previous) : (previous?.history ?? []),
  };
  writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');
  writeFileSync(mdFile, renderMarkdown(results));
  log(`wrote ${path.relative(repo, resultsFile)} and ${path.relative(repo, mdFile)} in ${(wallMs / 60000).toFixed(1)} min`);
  for (const c of cases)
    console.log(
      `${c.met === true ? 'MET    ' : c.met === false ? 'NOT MET' : c.noisy ? 'NOISY  ' : 'SKIPPED'}  ${c.id}: ${c.ratio !== undefined ? c.ratio.toFixed(2) + ' ' + (c.ratioLabel ?? '') : c.hookline ? `${c.hookline.median.toFixed(1)} ${c.hookline.unit}` : ''}`,
    );
}

/** --render: write bench/RESULTS.md again from bench/results.json (after a change to the table's layout). */
function render(): void {
  const file = path.join(repo, 'bench', 'results.json');
  writeFileSync(path.join(repo, 'bench', 'RESULTS.md'), renderMarkdown(JSON.parse(readFileSync(file, 'utf8')) as Results));
  console.log('wrote bench/RESULTS.md from bench/results.json');
}

(values.render ? Promise.resolve().then(render) : main()).catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exitCode = 1;
});
