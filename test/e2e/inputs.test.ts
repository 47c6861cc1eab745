// The built action, run as GitHub's runner runs it: what a user sees when inputs are wrong,
// and that secrets never reach anything the run writes.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runAction } from '../harness/runner.js';
import { workspaceWith } from './helpers.js';

const deployInputs = { application: 'shop', 'deployment-group': 'prod', 's3-bucket': 'shop-releases', region: 'us-east-1' };

function errors(r: Awaited<ReturnType<typeof runAction>>) {
  return r.annotations.filter((a) => a.command === 'error');
}

describe('bad input, end to end', () => {
  it('a missing required input gives exactly one error naming it and exit code 1', async () => {
    const r = await runAction({ inputs: { ...deployInputs, application: '' } });
    expect(r.main.exitCode).toBe(1);
    expect(errors(r)).toHaveLength(1);
    expect(errors(r)[0]?.message).toMatch(/Input 'application' is required/);
    expect(r.main.stdout + r.main.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // no stack trace
    expect(r.post?.exitCode).toBe(0);
  });

  it('an unknown enum value gives one error listing the accepted values', async () => {
    const r = await runAction({ inputs: { ...deployInputs, 'on-active-deployment': 'queue' } });
    expect(r.main.exitCode).toBe(1);
    expect(errors(r).map((a) => a.message)).toEqual(["Input 'on-active-deployment' must be one of wait, fail, stop; got 'queue'."]);
  });

  it('a bad boolean and a bad duration are named with their accepted form', async () => {
    const a = await runAction({ inputs: { ...deployInputs, 'auto-rollback': 'yes please' } });
    expect(errors(a).map((x) => x.message)).toEqual(["Input 'auto-rollback' must be true or false; got 'yes please'."]);
    const b = await runAction({ inputs: { ...deployInputs, timeout: 'forever' } });
    expect(errors(b)[0]?.message).toMatch(/^Input 'timeout' must be a duration such as 30m/);
    expect(b.main.exitCode).toBe(1);
  });

  it('a path outside the workspace is refused before any AWS call', async () => {
    const r = await runAction({ inputs: { ...deployInputs, path: '../../..' } });
    expect(r.main.exitCode).toBe(1);
    expect(errors(r)[0]?.message).toMatch(/Input 'path' must be inside the workspace/);
  });

  it('never writes secrets to stdout, stderr, the summary, outputs, state or env', async () => {
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY';
    const session = 'FwoGZXIvYXdzEXAMPLESESSIONTOKEN0123456789';
    const token = 'ghs_EXAMPLEtokenEXAMPLEtoken0123456789';
    const r = await runAction({
      inputs: { ...deployInputs, 'github-token': token, region: 'not a region' },
      env: {
        AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE',
        AWS_SECRET_ACCESS_KEY: secret,
        AWS_SESSION_TOKEN: session,
        ACTIONS_STEP_DEBUG: 'true',
        RUNNER_DEBUG: '1',
      },
    });
    expect(r.main.exitCode).toBe(1);
    // The secret key and session token are registered with the runner first (::add-mask::, which the
    // runner consumes and never shows); nowhere else may they appear.
    expect(r.main.masks).toEqual(expect.arrayContaining([secret, session]));
    const unmasked = (text: string) => text.replace(/^::add-mask::.*$/gm, '');
    const written = [r.main.stdout, r.main.stderr, r.post?.stdout ?? '', r.post?.stderr ?? ''].map(unmasked);
    for (const f of readdirSync(r.dir))
      if (f !== 'event.json' && f !== 'workspace' && f !== 'runner-temp') written.push(readFileSync(join(r.dir, f), 'utf8'));
    for (const text of written) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(session);
      expect(text).not.toContain(token);
    }
  });
});

describe('validate mode, end to end', () => {
  it('writes the findings output and succeeds on a clean bundle', async () => {
    const r = await runAction({
      inputs: { mode: 'validate' },
      workspace: workspaceWith({
        'appspec.yml':
          'version: 0.0\nos: linux\nfiles:\n  - source: /\n    destination: /var/app/current\nhooks:\n  AfterInstall:\n    - location: scripts/start.sh\n      timeout: 180\n',
        'scripts/start.sh': '#!/bin/sh\necho started\n',
      }),
    });
    expect(r.main.exitCode).toBe(0);
    expect(JSON.parse(r.outputs.findings ?? 'null')).toEqual([]);
    expect(r.main.log).toContain('Pre-flight validation: no findings.');
  });
});
