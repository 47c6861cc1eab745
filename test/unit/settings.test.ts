import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { readSettings, InputError, type CodeDeploySettings, type BeanstalkSettings } from '../../src/settings/index.js';
import { parseDuration } from '../../src/settings/parse.js';

const workspace = mkdtempSync(join(tmpdir(), 'hookline-ws-'));
mkdirSync(join(workspace, 'app'));
writeFileSync(join(workspace, 'app', 'appspec.yml'), 'version: 0.0\nos: linux\n');
const outside = mkdtempSync(join(tmpdir(), 'hookline-outside-'));
symlinkSync(outside, join(workspace, 'escape'));

const env = { GITHUB_WORKSPACE: workspace, AWS_REGION: 'eu-west-1' };
const codedeploy = { application: 'shop', 'deployment-group': 'prod', 's3-bucket': 'shop-releases' };
const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';

function errorOf(inputs: Record<string, string>, e: NodeJS.ProcessEnv = env): InputError {
  try {
    readSettings(reader(inputs), e);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('readSettings', () => {
  it('reads a CodeDeploy release with defaults', () => {
    const s = readSettings(reader({ ...codedeploy, path: 'app' }), env) as CodeDeploySettings;
    expect(s).toMatchObject({
      mode: 'deploy',
      target: 'codedeploy',
      region: 'eu-west-1',
      application: 'shop',
      deploymentGroup: 'prod',
      s3Bucket: 'shop-releases',
      s3Prefix: 'hookline',
      validate: 'error',
      timeoutMs: 30 * 60_000,
      pollIntervalMs: 15_000,
      onActiveDeployment: 'wait',
      onCancel: 'stop',
      autoRollback: false,
      restoreExecBits: true,
      path: join(workspace, 'app'),
    });
  });

  it('reads restore-exec-bits strictly', () => {
    expect(readSettings(reader({ ...codedeploy, 'restore-exec-bits': 'false' }), env).restoreExecBits).toBe(false);
    expect(errorOf({ ...codedeploy, 'restore-exec-bits': 'off' }).message).toMatch(/'restore-exec-bits' must be true or false; got 'off'/);
  });

  it('detects Beanstalk from the environment input', () => {
    const s = readSettings(reader({ application: 'shop', environment: 'shop-prod' }), env) as BeanstalkSettings;
    expect(s.target).toBe('beanstalk');
    expect(s.health).toBe('green-or-yellow');
  });

  it('needs no AWS inputs in validate mode', () => {
    expect(readSettings(reader({ mode: 'validate' }), { GITHUB_WORKSPACE: workspace })).toMatchObject({ mode: 'validate', target: 'auto' });
  });

  it.each([
    [{ ...codedeploy, application: '' }, 'application', /Input 'application' is required/],
    [{ application: 'shop', 's3-bucket': 'b-1' }, 'deployment-group', /'deployment-group' \(CodeDeploy\) or 'environment'/],
    [{ ...codedeploy, 's3-bucket': '' }, 's3-bucket', /is required for CodeDeploy/],
    [{ ...codedeploy, 'auto-rollback': 'yes' }, 'auto-rollback', /must be true or false; got 'yes'/],
    [{ ...codedeploy, timeout: '10 minutes' }, 'timeout', /must be a duration such as 30m/],
    [{ ...codedeploy, timeout: '7h' }, 'timeout', /out of range/],
    [{ ...codedeploy, 'on-active-deployment': 'queue' }, 'on-active-deployment', /must be one of wait, fail, stop; got 'queue'/],
    [{ ...codedeploy, region: 'Europe' }, 'region', /must be an AWS region such as us-east-1/],
    [{ ...codedeploy, path: '../..' }, 'path', /must be inside the workspace/],
    [{ ...codedeploy, path: 'escape' }, 'path', /resolves outside it/],
    [{ ...codedeploy, path: 'nope' }, 'path', /does not exist/],
    [{ ...codedeploy, 's3-bucket': 'My_Bucket' }, 's3-bucket', /must be an S3 bucket name/],
    [{ ...codedeploy, environment: 'shop-prod' }, 'target', /set 'target' to codedeploy or beanstalk/],
  ])('rejects %j naming input %s', (inputs, input, message) => {
    const err = errorOf(inputs);
    expect(err.input).toBe(input);
    expect(err.message).toMatch(message);
  });

  it('asks for a region when neither the input nor AWS_REGION is set', () => {
    const err = errorOf(codedeploy, { GITHUB_WORKSPACE: workspace });
    expect(err.input).toBe('region');
    expect(err.message).toMatch(/AWS_REGION is not set/);
  });

  it('accepts YAML 1.2 booleans in any of their three spellings', () => {
    for (const [raw, want] of [
      ['true', true],
      ['True', true],
      ['TRUE', true],
      ['false', false],
      ['FALSE', false],
    ] as const) {
      const s = readSettings(reader({ ...codedeploy, 'auto-rollback': raw }), env) as CodeDeploySettings;
      expect(s.autoRollback).toBe(want);
    }
  });

  it('throws either a clear InputError or returns settings for any input values', () => {
    const names = [
      'mode',
      'target',
      'path',
      'include',
      'exclude',
      'application',
      'deployment-group',
      's3-bucket',
      's3-prefix',
      'region',
      'deployment-config',
      'description',
      'file-exists-behavior',
      'ignore-application-stop-failures',
      'auto-rollback',
      'on-active-deployment',
      'continue-blue-green',
      'on-cancel',
      'validate',
      'timeout',
      'poll-interval',
      'environment',
      'version-label',
      'reuse-version',
      'health',
    ];
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(...names),
          fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('true', '30m', 'deploy', 'us-east-1', '..')),
        ),
        (random) => {
          try {
            const s = readSettings(reader({ ...codedeploy, ...random }), env);
            expect(typeof s.mode).toBe('string');
          } catch (err) {
            expect(err).toBeInstanceOf(InputError);
            const e = err as InputError;
            expect(names).toContain(e.input);
            expect(e.message).toContain(`'${e.input}'`);
            expect(e.message).not.toMatch(/\n/);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('parseDuration', () => {
  const bounds = { minMs: 10, maxMs: 6 * 3_600_000 };
  it.each([
    ['30m', 1_800_000],
    ['1h30m', 5_400_000],
    ['90', 90_000],
    ['250ms', 250],
    ['1.5s', 1500],
  ])('%s is %d ms', (raw, ms) => expect(parseDuration('timeout', raw, 0, bounds)).toBe(ms));
});
