// Which AWS CLI the bench may run. The bench points every tool at the local emulator through
// AWS_ENDPOINT_URL; a CLI that predates that variable ignores it and talks to real AWS (Debian 12's
// awscli 2.9.19 sent `aws deploy push` there). So a CLI is used only when its version is known to
// honour it, and the first such one on PATH wins (a pyenv shim often comes before /usr/bin).
import { spawnSync } from 'node:child_process';
import { accessSync, constants, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Peer } from './exec.js';

export interface AwsCliVersion {
  major: number;
  minor: number;
  patch: number;
  /** "aws-cli/1.45.11" as printed. */
  text: string;
}

/** The version in `aws --version` output (stdout and stderr together: v1 on Python 2 printed to stderr). */
export function parseAwsVersion(output: string): AwsCliVersion | null {
  const m = /\baws-cli\/(\d+)\.(\d+)\.(\d+)/.exec(output);
  if (!m) return null;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), text: m[0] };
}

/** AWS_ENDPOINT_URL (and AWS_ENDPOINT_URL_<SERVICE>) arrived in AWS CLI 1.29.0 and 2.13.0. */
export const ENDPOINT_URL_SINCE: Readonly<Record<number, number>> = { 1: 29, 2: 13 };

/** Why this CLI version cannot be pointed at the emulator, or null when it can. */
export function endpointUrlProblem(v: AwsCliVersion): string | null {
  const since = ENDPOINT_URL_SINCE[v.major];
  if (since === undefined) return v.major > 2 ? null : `${v.text} is older than any CLI that reads AWS_ENDPOINT_URL`;
  return v.minor >= since ? null : `${v.text} ignores AWS_ENDPOINT_URL (needs ${v.major}.${since} or later)`;
}

/** Every `name` on PATH in order, as `which -a` lists them, without two paths to the same file. */
export function onPath(name: string, pathVar = process.env.PATH ?? ''): string[] {
  const seen = new Set<string>();
  const found: string[] = [];
  for (const dir of pathVar.split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      if (!statSync(candidate).isFile()) continue;
      accessSync(candidate, constants.X_OK);
      const real = realpathSync(candidate);
      if (seen.has(real)) continue;
      seen.add(real);
      found.push(candidate);
    } catch {
      // not there, or not executable
    }
  }
  return found;
}

/** The first AWS CLI on PATH that honours AWS_ENDPOINT_URL; otherwise missing, with each one's reason. */
export function findAws(): Peer {
  const rejected: string[] = [];
  for (const p of onPath('aws')) {
    const r = spawnSync(p, ['--version'], { encoding: 'utf8', timeout: 30_000 });
    const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
    const v = r.status === 0 ? parseAwsVersion(out) : null;
    if (!v) {
      rejected.push(`${p}: \`aws --version\` gave no version (${out.split('\n')[0]?.slice(0, 120) || `exit ${r.status}`})`);
      continue;
    }
    const problem = endpointUrlProblem(v);
    if (!problem) return { path: p, version: v.text };
    rejected.push(`${p}: ${problem}`);
  }
  const why =
    rejected.length === 0
      ? 'the AWS CLI `aws` is not on PATH'
      : `no AWS CLI on PATH honours AWS_ENDPOINT_URL (v1 ≥ 1.29 or v2 ≥ 2.13), so it would reach real AWS: ${rejected.join('; ')}`;
  return { path: null, version: '', missing: why };
}
