// Running things from the benchmark: commands timed from spawn to exit, the peers found on PATH,
// and the Node 24 child script built from src/ with esbuild.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Spawn to exit, ms. */
  ms: number;
}

export function run(
  cmd: string,
  args: string[],
  opts: { cwd?: string; env?: Record<string, string | undefined>; timeoutMs?: number } = {},
): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 10 * 60_000);
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - started });
    });
  });
}

/** Fails with the command's output when it exits non-zero. */
export async function runOk(cmd: string, args: string[], opts: Parameters<typeof run>[2] = {}): Promise<Ran> {
  const r = await run(cmd, args, opts);
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.code}:\n${r.stderr.slice(-2000)}\n${r.stdout.slice(-2000)}`);
  return r;
}

export interface Peer {
  /** Absolute path, or null when missing. */
  path: string | null;
  version: string;
  /** Why it cannot run. */
  missing?: string;
}

function which(name: string): string | null {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const p = r.stdout.trim();
  return r.status === 0 && p ? p : null;
}

export function findZip(): Peer {
  const p = which('zip');
  if (!p) return { path: null, version: '', missing: 'Info-ZIP `zip` is not on PATH (Debian: apt-get install zip)' };
  const v = /This is Zip ([\d.]+)/.exec(spawnSync(p, ['-v'], { encoding: 'utf8' }).stdout)?.[1] ?? '?';
  return { path: p, version: `Info-ZIP ${v}` };
}

/** Bundle bench/child/revision.ts (and the src modules it imports) into one ESM file for Node 24. */
export async function buildChild(repo: string, outDir: string): Promise<string> {
  const { build } = await import('esbuild');
  mkdirSync(outDir, { recursive: true });
  const outfile = path.join(outDir, 'revision.mjs');
  await build({
    entryPoints: [path.join(repo, 'bench/child/revision.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    // The SDK and other dependencies load from node_modules as they would unbundled.
    packages: 'external',
    logLevel: 'error',
  });
  return outfile;
}
