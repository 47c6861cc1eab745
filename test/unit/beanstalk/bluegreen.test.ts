import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { cloneableSettings, cnamePrefix, identifyPair } from '../../../src/beanstalk/bluegreen.js';
import { readSettings, InputError, type BeanstalkSettings } from '../../../src/settings/index.js';

const blue = { EnvironmentName: 'shop-prod', CNAME: 'shop-prod.us-east-1.elasticbeanstalk.com', Status: 'Ready' as const };
const green = { EnvironmentName: 'shop-prod-idle', CNAME: 'shop-prod-idle.us-east-1.elasticbeanstalk.com', Status: 'Ready' as const };
const names: [string, string] = ['shop-prod', 'shop-prod-idle'];

describe('identifyPair', () => {
  it('calls live the environment holding the production CNAME, before and after a swap', () => {
    expect(identifyPair([blue, green], names, 'shop-prod')).toMatchObject({
      kind: 'ok',
      live: blue,
      idle: green,
      idleName: 'shop-prod-idle',
    });
    const swapped = [
      { ...blue, CNAME: green.CNAME },
      { ...green, CNAME: blue.CNAME },
    ];
    expect(identifyPair(swapped, names, 'shop-prod')).toMatchObject({
      kind: 'ok',
      live: { EnvironmentName: 'shop-prod-idle' },
      idleName: 'shop-prod',
    });
  });

  it('plans a clone when the idle environment is missing or terminated', () => {
    expect(identifyPair([blue], names, 'shop-prod')).toMatchObject({ kind: 'ok', idle: undefined, idleName: 'shop-prod-idle' });
    expect(identifyPair([blue, { ...green, Status: 'Terminated' }], names, 'shop-prod')).toMatchObject({ kind: 'ok', idle: undefined });
  });

  it('refuses when neither holds the production CNAME, saying what each has', () => {
    const d = identifyPair([green], names, 'shop-prod');
    expect(d).toMatchObject({ kind: 'fail', message: expect.stringContaining('shop-prod-idle has shop-prod-idle.us-east-1') });
  });
});

it('cnamePrefix', () => {
  expect(cnamePrefix('Shop-Prod.us-east-1.elasticbeanstalk.com')).toBe('shop-prod');
  expect(cnamePrefix(undefined)).toBe('');
});

it('cloneableSettings drops CloudFormation parameters and resource-bound options', () => {
  expect(
    cloneableSettings([
      { Namespace: 'aws:autoscaling:asg', OptionName: 'MinSize', Value: '2' },
      { Namespace: 'aws:cloudformation:template:parameter', OptionName: 'EnvironmentVariables', Value: 'x' },
      {
        Namespace: 'aws:autoscaling:launchconfiguration',
        OptionName: 'SecurityGroups',
        Value: 'sg-1',
        ResourceName: 'AWSEBAutoScalingLaunchConfiguration',
      },
      { Namespace: 'aws:elasticbeanstalk:application:environment', OptionName: 'GREETING', Value: 'hi' },
    ]),
  ).toEqual([
    { Namespace: 'aws:autoscaling:asg', OptionName: 'MinSize', Value: '2' },
    { Namespace: 'aws:elasticbeanstalk:application:environment', OptionName: 'GREETING', Value: 'hi' },
  ]);
});

describe('Beanstalk settings', () => {
  const env = { GITHUB_WORKSPACE: mkdtempSync(`${tmpdir()}/hookline-ws-`), AWS_REGION: 'us-east-1' };
  const read = (inputs: Record<string, string>) => (n: string) => ({ application: 'shop', environment: 'shop-prod', ...inputs })[n] ?? '';

  it('defaults: in-place, no pruning, idle <environment>-idle, production CNAME = environment name', () => {
    expect(readSettings(read({}), env)).toMatchObject({
      strategy: 'in-place',
      pruneVersions: 0,
      idleEnvironment: 'shop-prod-idle',
      productionCname: 'shop-prod',
    } satisfies Partial<BeanstalkSettings>);
  });

  it('rejects a bad prune count and an idle environment equal to the live one', () => {
    expect(() => readSettings(read({ 'prune-versions': 'ten' }), env)).toThrow(InputError);
    expect(() => readSettings(read({ 'prune-versions': 'ten' }), env)).toThrow(
      "Input 'prune-versions' must be a whole number from 0 to 1000; got 'ten'.",
    );
    expect(() => readSettings(read({ strategy: 'blue-green', 'idle-environment': 'shop-prod' }), env)).toThrow(
      /must name the other environment/,
    );
    // The derived idle name stays within Beanstalk's 40 characters.
    const long = 'a'.repeat(40);
    expect((readSettings(read({ environment: long }), env) as BeanstalkSettings).idleEnvironment).toBe(`${'a'.repeat(35)}-idle`);
  });
});
