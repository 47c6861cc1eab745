// The inputs of the retry and outdated-instances policies: defaults, bounds and CodeDeploy only.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSettings, InputError, MAX_RETRIES, type CodeDeploySettings } from '../../../src/settings/index.js';

const workspace = mkdtempSync(join(tmpdir(), 'hookline-ws-'));
writeFileSync(join(workspace, 'appspec.yml'), 'version: 0.0\nos: linux\n');
const env = { GITHUB_WORKSPACE: workspace, AWS_REGION: 'eu-west-1' };
const codedeploy = { application: 'shop', 'deployment-group': 'prod', 's3-bucket': 'shop-releases' };
const beanstalk = { application: 'shop', environment: 'shop-prod' };
const read = (inputs: Record<string, string>) => readSettings((name) => inputs[name] ?? '', env);

function inputError(inputs: Record<string, string>): InputError {
  try {
    read(inputs);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('retries and outdated-instances-only', () => {
  it('default to no retry and every instance', () => {
    expect(read(codedeploy)).toMatchObject({ retries: 0, outdatedInstancesOnly: false });
  });

  it('read a bounded count and a strict boolean', () => {
    const s = read({ ...codedeploy, retries: '2', 'outdated-instances-only': 'true' }) as CodeDeploySettings;
    expect(s).toMatchObject({ retries: 2, outdatedInstancesOnly: true });
    expect((read({ ...codedeploy, retries: String(MAX_RETRIES) }) as CodeDeploySettings).retries).toBe(MAX_RETRIES);
  });

  it('name the accepted range for a bad count', () => {
    for (const bad of ['-1', '1.5', 'three', String(MAX_RETRIES + 1)]) {
      const err = inputError({ ...codedeploy, retries: bad });
      expect(err.input).toBe('retries');
      expect(err.message).toBe(`Input 'retries' must be a whole number from 0 to ${MAX_RETRIES}; got '${bad}'.`);
    }
    expect(inputError({ ...codedeploy, 'outdated-instances-only': 'yes' }).message).toMatch(/must be true or false; got 'yes'/);
  });

  it('refuse a Beanstalk release instead of ignoring the request', () => {
    expect(inputError({ ...beanstalk, retries: '2' }).message).toBe(
      "Input 'retries' applies to CodeDeploy releases only; remove it for Elastic Beanstalk (got '2').",
    );
    expect(inputError({ ...beanstalk, 'outdated-instances-only': 'true' }).input).toBe('outdated-instances-only');
    expect(() => read({ ...beanstalk, retries: '0', 'outdated-instances-only': 'false' })).not.toThrow();
  });
});
