import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { mergeStartup, STARTUP_CHUNK } from '../../../scripts/merge-startup.mjs';

// An entry that shares modules with two lazily imported ones, as src/main.ts does with its flows:
// esbuild gives the entry several chunks, which mergeStartup folds into one.
const SOURCES: Record<string, string> = {
  'log.js': `export const order = []; export const log = (m) => order.push(m);`,
  'shared.js': `import { log } from './log.js'; log('shared'); export const state = { n: 0 };`,
  'a.js': `import { log } from './log.js'; import { state } from './shared.js'; log('a'); export const bump = () => ++state.n;`,
  'b.js': `import { log } from './log.js'; log('b'); export class Thing {}`,
  'lazy1.js': `import { state } from './shared.js'; import { Thing } from './b.js'; export const peek = () => [state.n, Thing];`,
  'lazy2.js': `import { bump } from './a.js'; import { log } from './log.js'; export const again = () => (log('lazy2'), bump());`,
  'entry.js': [
    `import { order } from './log.js';`,
    `import { bump } from './a.js';`,
    `import { Thing } from './b.js';`,
    `bump();`,
    `const { peek } = await import('./lazy1.js');`,
    `const { again } = await import('./lazy2.js');`,
    `again();`,
    `const [n, LazyThing] = peek();`,
    `console.log(JSON.stringify({ order, n, sameClass: LazyThing === Thing }));`,
  ].join('\n'),
};

describe('mergeStartup', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'hookline-merge-'));
    mkdirSync(path.join(dir, 'src'));
    for (const [name, text] of Object.entries(SOURCES)) writeFileSync(path.join(dir, 'src', name), text);
    writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function split(out: string): Promise<string> {
    await build({
      entryPoints: { index: path.join(dir, 'src', 'entry.js') },
      outdir: path.join(dir, out),
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      chunkNames: '[name]-[hash]',
      logLevel: 'silent',
    });
    return path.join(dir, out);
  }
  const run = (out: string): unknown => JSON.parse(execFileSync(process.execPath, [path.join(out, 'index.js')], { encoding: 'utf8' }));
  const chunkImports = (file: string): string[] =>
    [...readFileSync(file, 'utf8').matchAll(/from\s*"\.\/([^"]+)"/g)].map((m) => m[1] as string);

  it('gives the entry one startup chunk and keeps every module single, in the same order', async () => {
    const before = await split('plain');
    const merged = await split('merged');
    expect(new Set(chunkImports(path.join(merged, 'index.js'))).size).toBeGreaterThan(1);

    await mergeStartup(merged);

    expect(new Set(chunkImports(path.join(merged, 'index.js')))).toEqual(new Set([STARTUP_CHUNK]));
    // The lazily imported modules read the startup chunk's modules, not copies of them.
    const result = run(merged);
    expect(result).toEqual(run(before));
    expect(result).toEqual({ order: expect.arrayContaining(['shared', 'a', 'b', 'lazy2']), n: 2, sameClass: true });
    // Nothing names a merged chunk any more.
    const files = readdirSync(merged);
    for (const f of files) for (const ref of chunkImports(path.join(merged, f))) expect(files).toContain(ref);
  });

  it('leaves an entry with fewer than two startup chunks as it is', async () => {
    writeFileSync(
      path.join(dir, 'src', 'entry.js'),
      `const { peek } = await import('./lazy1.js'); console.log(JSON.stringify(peek()[0]));`,
    );
    const out = await split('single');
    const listing = readdirSync(out).sort();
    await mergeStartup(out);
    expect(readdirSync(out).sort()).toEqual(listing);
    expect(run(out)).toBe(0);
  });
});
