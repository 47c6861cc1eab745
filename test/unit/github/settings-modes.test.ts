// The inputs of preview, cleanup and redeploy (src/settings): each mistake names its input.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSettings, InputError, type BeanstalkSettings, type CodeDeploySettings } from '../../../src/settings/index.js';

const env = { GITHUB_WORKSPACE: mkdtempSync(join(tmpdir(), 'hookline-ws-')), AWS_REGION: 'us-east-1' };
const read = (inputs: Record<string, string>) => readSettings((n) => inputs[n] ?? '', env);
const inputError = (inputs: Record<string, string>): InputError => {
  try {
    read(inputs);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
};

describe('preview and cleanup settings', () => {
  it('a Beanstalk preview needs no environment, only where to copy it from', () => {
    const s = read({
      mode: 'preview',
      application: 'shop',
      'preview-template-environment': 'shop-staging',
      'github-token': 't',
    }) as BeanstalkSettings;
    expect(s).toMatchObject({ mode: 'preview', target: 'beanstalk', environment: '', githubToken: 't' });
    expect(s.preview).toEqual({
      nameTemplate: '{application}-pr-{number}',
      templateEnvironment: 'shop-staging',
      savedConfiguration: undefined,
      templateGroup: undefined,
      instanceTags: [],
    });
  });

  it('says what a preview is created from when nothing is given', () => {
    const e = inputError({ mode: 'preview', target: 'beanstalk', application: 'shop' });
    expect(e.input).toBe('preview-template-environment');
    expect(e.message).toMatch(/preview-saved-configuration/);
  });

  it('a CodeDeploy preview names its group after deployment-group but never copies it by default', () => {
    const s = read({
      mode: 'preview',
      application: 'shop',
      'deployment-group': 'prod',
      's3-bucket': 'shop-releases',
    }) as CodeDeploySettings;
    expect(s).toMatchObject({ target: 'codedeploy', deploymentGroup: 'prod' });
    expect(s.preview).toMatchObject({ nameTemplate: '{group}-pr-{number}', templateGroup: undefined, instanceTags: [] });
    const t = read({
      mode: 'preview',
      application: 'shop',
      'preview-template-group': 'preview-base',
      's3-bucket': 'shop-releases',
    }) as CodeDeploySettings;
    expect(t).toMatchObject({ target: 'codedeploy', deploymentGroup: 'preview-base', preview: { templateGroup: 'preview-base' } });
    expect(read({ mode: 'cleanup', application: 'shop', 'deployment-group': 'prod' })).toMatchObject({
      target: 'codedeploy',
      s3Bucket: '',
    });
    expect(inputError({ mode: 'preview', target: 'codedeploy', application: 'shop', 's3-bucket': 'shop-releases' }).input).toBe(
      'preview-template-group',
    );
  });

  it('reads preview-instance-tags as Key=Value lines, {number} kept for the flow', () => {
    const s = read({
      mode: 'preview',
      application: 'shop',
      'deployment-group': 'prod',
      'preview-template-group': 'preview-base',
      'preview-instance-tags': 'Preview=pr-{number}\nTeam = web ',
      's3-bucket': 'shop-releases',
    }) as CodeDeploySettings;
    expect(s.preview.instanceTags).toEqual([
      { key: 'Preview', value: 'pr-{number}' },
      { key: 'Team', value: 'web' },
    ]);
    const e = inputError({ mode: 'preview', application: 'shop', 'deployment-group': 'prod', 'preview-instance-tags': 'just-a-key' });
    expect(e.input).toBe('preview-instance-tags');
    expect(e.message).toMatch(/Key=Value/);
  });

  it('allow-forks is a strict boolean, false by default', () => {
    expect(read({ application: 'shop', 'deployment-group': 'prod', 's3-bucket': 'b-1' })).toMatchObject({ allowForks: false });
    expect(read({ application: 'shop', 'deployment-group': 'prod', 's3-bucket': 'b-1', 'allow-forks': 'true' })).toMatchObject({
      allowForks: true,
    });
    expect(inputError({ application: 'shop', 'deployment-group': 'prod', 's3-bucket': 'b-1', 'allow-forks': 'yes' }).input).toBe(
      'allow-forks',
    );
  });

  it('cleanup needs neither', () => {
    expect(read({ mode: 'cleanup', target: 'beanstalk', application: 'shop' })).toMatchObject({ mode: 'cleanup', environment: '' });
  });

  it('a name template must keep {number}', () => {
    expect(
      inputError({ mode: 'preview', application: 'shop', environment: 'shop-staging', 'preview-name': '{application}-preview' }).input,
    ).toBe('preview-name');
    expect(
      (read({ mode: 'preview', application: 'shop', environment: 'shop-staging', 'preview-name': 'pv-{number}' }) as BeanstalkSettings)
        .preview.nameTemplate,
    ).toBe('pv-{number}');
  });

  it('blue-green is for deploy only', () => {
    expect(inputError({ mode: 'preview', application: 'shop', environment: 'shop-staging', strategy: 'blue-green' }).input).toBe(
      'strategy',
    );
  });

  it('an empty token turns GitHub off', () => {
    expect((read({ application: 'shop', environment: 'shop-prod' }) as BeanstalkSettings).githubToken).toBeUndefined();
  });
});

describe('redeploy settings', () => {
  it('CodeDeploy takes a deployment id or an s3:// URI, and needs no bucket', () => {
    const base = { mode: 'redeploy', application: 'shop', 'deployment-group': 'prod' };
    expect((read({ ...base, revision: 'd-ABCDEF123' }) as CodeDeploySettings).revision).toBe('d-ABCDEF123');
    expect((read({ ...base, revision: 's3://shop-releases/hookline/shop-abc.zip' }) as CodeDeploySettings).revision).toBe(
      's3://shop-releases/hookline/shop-abc.zip',
    );
    expect(inputError({ ...base, revision: 'v1' }).input).toBe('revision');
    expect(inputError(base).message).toMatch(/s3:\/\/ URI.*deployment id/);
  });

  it('Beanstalk takes a version label from revision or version-label', () => {
    const base = { mode: 'redeploy', application: 'shop', environment: 'shop-prod' };
    expect((read({ ...base, revision: 'v1' }) as BeanstalkSettings).revision).toBe('v1');
    expect((read({ ...base, 'version-label': 'v2' }) as BeanstalkSettings).revision).toBe('v2');
    expect(inputError(base).input).toBe('revision');
  });

  it('rejects an unknown mode, listing the modes', () => {
    expect(inputError({ mode: 'ship', application: 'shop', environment: 'shop-prod' }).message).toMatch(
      /deploy, validate, preview, cleanup, redeploy/,
    );
  });
});
