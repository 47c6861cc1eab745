// What every case gets: the trees, the peers, the emulator, where to write, how many runs.
import type { S3Client } from '@aws-sdk/client-s3';
import type { Emulator } from '../test/emulator/index.js';
import type { Tree } from './data.js';
import type { Peer } from './exec.js';

export interface BenchContext {
  repo: string;
  /** bench/.work: scratch (archives, the child script). */
  work: string;
  /** The built action measured by the release cases (dist/ or HOOKLINE_DIST). */
  dist: string;
  node24: string;
  /** bench/.work/child/revision.mjs */
  child: string;
  runs: number;
  warmup: number;
  webapp: Tree;
  fatjar: Tree;
  zip: Peer;
  aws: Peer;
  /** Emulator with one bucket for the artifact cases. */
  emu: Emulator;
  bucket: string;
  s3: S3Client;
  log: (line: string) => void;
}

/** Environment for a child that talks to the emulator (hookline's Node 24 child or the AWS CLI). */
export function awsEnv(ctx: BenchContext, endpoint = ctx.emu.url): Record<string, string> {
  const keep: Record<string, string> = {};
  for (const k of ['PATH', 'HOME', 'LANG', 'TMPDIR', 'PYENV_ROOT', 'PYENV_VERSION'])
    if (process.env[k] !== undefined) keep[k] = process.env[k] as string;
  return {
    ...keep,
    ...ctx.emu.env,
    AWS_ENDPOINT_URL: endpoint,
    AWS_DEFAULT_REGION: 'us-east-1',
    // The AWS CLI reads no config files of this machine.
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_PAGER: '',
  };
}
