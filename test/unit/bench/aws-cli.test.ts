import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { endpointUrlProblem, onPath, parseAwsVersion } from '../../../bench/aws-cli.js';

// Real `aws --version` output (stdout, or stderr for v1 on Python 2).
const OUTPUT = {
  pyenvV1: 'aws-cli/1.45.11 Python/3.11.7 Linux/6.18.44-fc-v1045 botocore/1.43.11\n',
  debian12: 'aws-cli/2.9.19 Python/3.11.2 Linux/6.18.44-fc-v1045 source/x86_64.debian.12 prompt/off\n',
  v2First: 'aws-cli/2.13.0 Python/3.11.4 Linux/5.15.0-1041-azure exe/x86_64.ubuntu.22 prompt/off\n',
  v1First: 'aws-cli/1.29.0 Python/3.8.10 Linux/5.15.0-76-generic botocore/1.31.0\n',
  v1Before: 'aws-cli/1.28.9 Python/3.8.10 Linux/5.15.0-76-generic botocore/1.30.9\n',
  ubuntu2004: 'aws-cli/1.18.69 Python/3.8.10 Linux/5.4.0-1045-aws botocore/1.16.19\n',
  python2: 'aws-cli/1.16.312 Python/2.7.18 Linux/4.14.336-257.562.amzn2.x86_64 botocore/1.13.48\n',
  mac: 'aws-cli/2.27.50 Python/3.13.4 Darwin/24.5.0 exe/arm64\n',
  pyenvMissing: "pyenv: aws: command not found\n\nThe `aws' command exists in these Python versions:\n  3.11.7\n",
};

describe('parseAwsVersion', () => {
  it('reads major, minor and patch from v1 and v2 output', () => {
    expect(parseAwsVersion(OUTPUT.pyenvV1)).toEqual({ major: 1, minor: 45, patch: 11, text: 'aws-cli/1.45.11' });
    expect(parseAwsVersion(OUTPUT.debian12)).toEqual({ major: 2, minor: 9, patch: 19, text: 'aws-cli/2.9.19' });
    expect(parseAwsVersion(OUTPUT.mac)?.text).toBe('aws-cli/2.27.50');
  });

  it('gives null for output that names no version (a pyenv shim without the package)', () => {
    expect(parseAwsVersion(OUTPUT.pyenvMissing)).toBeNull();
    expect(parseAwsVersion('')).toBeNull();
  });
});

describe('endpointUrlProblem', () => {
  const problem = (out: string) => endpointUrlProblem(parseAwsVersion(out)!);

  it('accepts v1 from 1.29 and v2 from 2.13 on', () => {
    for (const out of [OUTPUT.pyenvV1, OUTPUT.v2First, OUTPUT.v1First, OUTPUT.mac]) expect(problem(out)).toBeNull();
  });

  it("rejects Debian 12's 2.9.19 and every v1 before 1.29, saying why", () => {
    expect(problem(OUTPUT.debian12)).toBe('aws-cli/2.9.19 ignores AWS_ENDPOINT_URL (needs 2.13 or later)');
    expect(problem(OUTPUT.v1Before)).toBe('aws-cli/1.28.9 ignores AWS_ENDPOINT_URL (needs 1.29 or later)');
    expect(problem(OUTPUT.ubuntu2004)).toMatch(/ignores AWS_ENDPOINT_URL/);
    expect(problem(OUTPUT.python2)).toMatch(/ignores AWS_ENDPOINT_URL/);
  });

  it('compares minor versions as numbers, not text', () => {
    expect(endpointUrlProblem({ major: 2, minor: 100, patch: 0, text: 'aws-cli/2.100.0' })).toBeNull();
    expect(endpointUrlProblem({ major: 1, minor: 3, patch: 0, text: 'aws-cli/1.3.0' })).not.toBeNull();
  });
});

describe('onPath', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'bench-onpath-'));
    for (const d of ['shims', 'usr/bin', 'empty', 'noexec']) mkdirSync(path.join(dir, d), { recursive: true });
    for (const f of ['shims/aws', 'usr/bin/aws']) {
      writeFileSync(path.join(dir, f), '#!/bin/sh\n');
      chmodSync(path.join(dir, f), 0o755);
    }
    writeFileSync(path.join(dir, 'noexec/aws'), 'not a program\n');
    symlinkSync(path.join(dir, 'usr/bin'), path.join(dir, 'bin')); // /bin -> usr/bin, as on Debian
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists executables in PATH order, once per file', () => {
    const PATH = ['shims', 'empty', 'noexec', 'usr/bin', 'bin'].map((d) => path.join(dir, d)).join(path.delimiter);
    expect(onPath('aws', PATH)).toEqual([path.join(dir, 'shims/aws'), path.join(dir, 'usr/bin/aws')]);
  });
});
