// DescribeConfigurationOptions through the real SDK: the scenario's per-platform list, the
// default list for a platform without one, the Options filter, and the modeled not-found error.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DescribeConfigurationOptionsCommand } from '@aws-sdk/client-elastic-beanstalk';
import { type Harness, startHarness } from './testkit.js';

const NODE = '64bit Amazon Linux 2023 v6.1.0 running Node.js 20';
const PY = '64bit Amazon Linux 2023 v4.1.0 running Python 3.11';

describe('DescribeConfigurationOptions', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      configurationOptions: {
        [PY]: [
          { namespace: 'aws:autoscaling:asg', name: 'MinSize', valueType: 'Scalar', minValue: 1, maxValue: 4 },
          { namespace: 'aws:elasticbeanstalk:container:python', name: 'WSGIPath', regex: { pattern: '[a-z.:]+', label: 'module' } },
        ],
      },
      applications: [{ name: 'shop' }],
      environments: [
        { name: 'shop-node', application: 'shop', solutionStack: NODE },
        { name: 'shop-py', application: 'shop', solutionStack: PY },
      ],
    });
  });
  afterAll(async () => h.close());

  it("answers the scenario's list for the environment's platform, with the API's constraint fields", async () => {
    const out = await h.client.send(new DescribeConfigurationOptionsCommand({ ApplicationName: 'shop', EnvironmentName: 'shop-py' }));
    expect(out.SolutionStackName).toBe(PY);
    expect(out.Options).toEqual([
      expect.objectContaining({ Namespace: 'aws:autoscaling:asg', Name: 'MinSize', ValueType: 'Scalar', MinValue: 1, MaxValue: 4 }),
      expect.objectContaining({
        Namespace: 'aws:elasticbeanstalk:container:python',
        Name: 'WSGIPath',
        Regex: { Pattern: '[a-z.:]+', Label: 'module' },
      }),
    ]);
  });

  it('answers the default list (general options plus the platform namespace) without one, filtered by Options', async () => {
    const all = await h.client.send(new DescribeConfigurationOptionsCommand({ ApplicationName: 'shop', EnvironmentName: 'shop-node' }));
    const names = (all.Options ?? []).map((o) => `${o.Namespace ?? ''}/${o.Name ?? ''}`);
    expect(names).toContain('aws:elasticbeanstalk:command/DeploymentPolicy');
    expect(names).toContain('aws:elasticbeanstalk:environment:proxy/ProxyServer');
    expect(names).not.toContain('aws:elasticbeanstalk:container:python/WSGIPath');
    const one = await h.client.send(
      new DescribeConfigurationOptionsCommand({
        ApplicationName: 'shop',
        EnvironmentName: 'shop-node',
        Options: [{ Namespace: 'aws:autoscaling:asg', OptionName: 'MinSize' }],
      }),
    );
    expect(one.Options).toEqual([expect.objectContaining({ Name: 'MinSize', MinValue: 1, MaxValue: 10000 })]);
  });

  it('fails like AWS for an environment that does not exist', async () => {
    await expect(
      h.client.send(new DescribeConfigurationOptionsCommand({ ApplicationName: 'shop', EnvironmentName: 'nope' })),
    ).rejects.toMatchObject({
      name: 'InvalidParameterValue',
    });
  });
});
