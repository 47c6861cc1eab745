// option_settings against a platform's options (DescribeConfigurationOptions), offline namespaces,
// and .ebextensions that install Amazon Linux 1 hooks.
import { describe, expect, it } from '@jest/globals';
import type { ConfigurationOptionDescription } from '@aws-sdk/client-elastic-beanstalk';
import {
  bundleOptionSettings,
  checkOptionsAgainstPlatform,
  collectOptionSettings,
  valueProblem,
} from '../../../src/validate/eb-options.js';
import { al2Equivalent } from '../../../src/validate/ebextensions-al1hooks.js';
import { treeFromFiles } from '../../../src/validate/index.js';
import { TreeIndex } from '../../../src/validate/paths.js';
import { parseSource } from '../../../src/validate/source.js';
import { only, rules, run } from './helpers.js';

const PLATFORM: ConfigurationOptionDescription[] = [
  { Namespace: 'aws:autoscaling:asg', Name: 'MinSize', ValueType: 'Scalar', MinValue: 1, MaxValue: 10000 },
  {
    Namespace: 'aws:elasticbeanstalk:command',
    Name: 'DeploymentPolicy',
    ValueType: 'Scalar',
    ValueOptions: ['AllAtOnce', 'Rolling', 'Immutable'],
  },
  { Namespace: 'aws:elasticbeanstalk:xray', Name: 'XRayEnabled', ValueType: 'Scalar', ValueOptions: ['true', 'false'] },
  { Namespace: 'aws:ec2:instances', Name: 'InstanceTypes', ValueType: 'List', ValueOptions: ['t3.micro', 't3.small'] },
  { Namespace: 'aws:elasticbeanstalk:environment:process:default', Name: 'HealthCheckPath', ValueType: 'Scalar', MaxLength: 10 },
  {
    Namespace: 'aws:elasticbeanstalk:managedactions',
    Name: 'PreferredStartTime',
    ValueType: 'Scalar',
    Regex: { Pattern: '[A-Za-z]{3}:[0-9]{2}:[0-9]{2}', Label: 'day:hour:minute' },
  },
];

function settingsOf(text: string, file = '.ebextensions/app.config') {
  const { source } = parseSource(file, text, { rulePrefix: 'ebextensions', json: false });
  if (!source) throw new Error('did not parse');
  return collectOptionSettings(source);
}
const check = (text: string) => checkOptionsAgainstPlatform(settingsOf(text), PLATFORM, 'shop-prod');

describe('option_settings against the platform (DescribeConfigurationOptions)', () => {
  it('reads both forms, with the default namespace for a list entry without one', () => {
    const s = settingsOf('option_settings:\n  - option_name: GREETING\n    value: hi\n');
    expect(s).toEqual([
      expect.objectContaining({ namespace: 'aws:elasticbeanstalk:application:environment', name: 'GREETING', value: 'hi' }),
    ]);
    const short = settingsOf('option_settings:\n  aws:autoscaling:asg:\n    MinSize: 2\n');
    expect(short).toEqual([
      expect.objectContaining({ namespace: 'aws:autoscaling:asg', name: 'MinSize', value: '2', namePos: { line: 3, column: 5 } }),
    ]);
  });

  it('accepts options the platform defines, free-form environment properties and CloudFormation functions', () => {
    const ok = [
      'option_settings:',
      '  aws:autoscaling:asg:',
      '    MinSize: 2',
      '  aws:elasticbeanstalk:command:',
      '    DeploymentPolicy: Rolling',
      '  aws:elasticbeanstalk:xray:',
      '    XRayEnabled: true',
      '  aws:ec2:instances:',
      '    InstanceTypes: t3.micro, t3.small',
      '  aws:elasticbeanstalk:environment:process:web:',
      '    HealthCheckPath: /health',
      '  aws:elasticbeanstalk:application:environment:',
      '    ANYTHING: goes',
      '  aws:elasticbeanstalk:managedactions:',
      '    PreferredStartTime: Sun:02:00',
      '  aws:elasticbeanstalk:customoption:',
      '    Mine: "`{\\"Ref\\": \\"AWSEBSecurityGroup\\"}`"',
      '',
    ].join('\n');
    expect(check(ok)).toEqual([]);
  });

  it('errors on an option unknown to the platform, on its line, with the message Beanstalk would give', () => {
    const f = check('option_settings:\n  aws:autoscaling:asg:\n    MinSize: 1\n    MinSzie: 2\n');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'ebextensions/option-unknown', severity: 'error', line: 4, column: 5 });
    expect(f[0]?.message).toContain('Unknown configuration setting');
    expect(f[0]?.message).toContain("Did you mean 'MinSize'");
  });

  it('errors on a namespace the platform does not define', () => {
    const f = check(
      'option_settings:\n  - namespace: aws:elasticbeanstalk:container:python\n    option_name: WSGIPath\n    value: app.py\n',
    );
    expect(f[0]).toMatchObject({ rule: 'ebextensions/option-unknown', line: 2, column: 16 });
  });

  it('errors on refused values: allowed values, list items, min/max, length and format', () => {
    expect(valueProblem('rolling', PLATFORM[1] as ConfigurationOptionDescription)).toContain("case-sensitive: 'Rolling'");
    expect(valueProblem('TRUE', PLATFORM[2] as ConfigurationOptionDescription)).toBeUndefined();
    expect(valueProblem('t3.micro,m5.large', PLATFORM[3] as ConfigurationOptionDescription)).toContain("'m5.large'");
    expect(valueProblem('0', PLATFORM[0] as ConfigurationOptionDescription)).toContain('below the minimum');
    expect(valueProblem('two', PLATFORM[0] as ConfigurationOptionDescription)).toContain('whole number');
    expect(valueProblem('/a/very/long/path', PLATFORM[4] as ConfigurationOptionDescription)).toContain('at most 10');
    expect(valueProblem('2am', PLATFORM[5] as ConfigurationOptionDescription)).toContain('day:hour:minute');
    const f = check('option_settings:\n  aws:autoscaling:asg:\n    MinSize: 0\n');
    expect(f[0]).toMatchObject({ rule: 'ebextensions/option-value', line: 3, column: 14 });
  });

  it('checks nothing against an empty answer', () => {
    expect(checkOptionsAgainstPlatform(settingsOf('option_settings:\n  aws:nope:\n    X: 1\n'), [], 'e')).toEqual([]);
  });

  it('reads saved configurations as well as .ebextensions', () => {
    const tree = new TreeIndex(
      treeFromFiles({
        '.ebextensions/a.config': 'option_settings:\n  aws:autoscaling:asg:\n    MinSize: 2\n',
        '.elasticbeanstalk/saved_configs/base.cfg.yml':
          'OptionSettings:\n  aws:elasticbeanstalk:command:\n    DeploymentPolicy: Sometimes\n',
      }),
    );
    const f = checkOptionsAgainstPlatform(bundleOptionSettings(tree), PLATFORM, 'shop-prod');
    expect(f).toEqual([
      expect.objectContaining({ file: '.elasticbeanstalk/saved_configs/base.cfg.yml', rule: 'ebextensions/option-value', line: 3 }),
    ]);
  });
});

describe('offline: documented namespaces and one notice', () => {
  it('warns on an aws: namespace not in the documented list, and says once that names were not checked', () => {
    const f = run(
      {
        '.ebextensions/a.config': 'option_settings:\n  aws:elasticbeanstalk:contaner:python:\n    WSGIPath: app\n',
        '.ebextensions/b.config': 'option_settings:\n  aws:autoscaling:asg:\n    MinSize: 2\n',
      },
      'beanstalk',
    );
    expect(only(f, 'ebextensions/namespace')).toEqual([expect.objectContaining({ severity: 'warning', line: 2 })]);
    expect(only(f, 'ebextensions/options-not-checked')).toHaveLength(1);
    expect(only(f, 'ebextensions/options-not-checked')[0]?.severity).toBe('notice');
  });

  it('gives no notice when only environment properties are set', () => {
    expect(
      run({ '.ebextensions/a.config': 'option_settings:\n  aws:elasticbeanstalk:application:environment:\n    A: b\n' }, 'beanstalk'),
    ).toEqual([]);
  });
});

describe('.ebextensions writing Amazon Linux 1 hooks', () => {
  it('warns on files: and on commands that install into /opt/elasticbeanstalk/hooks, naming the .platform equivalent', () => {
    const f = run(
      {
        '.ebextensions/hooks.config': [
          'files:',
          '  "/opt/elasticbeanstalk/hooks/appdeploy/post/99_restart.sh":',
          '    mode: "000755"',
          '    content: |',
          '      #!/bin/bash',
          '      service worker restart',
          'container_commands:',
          '  01_copy:',
          '    command: cp hooks/x.sh /opt/elasticbeanstalk/hooks/configdeploy/pre/',
          '  02_list:',
          '    command: ls /opt/elasticbeanstalk/hooks/appdeploy/pre',
          '',
        ].join('\n'),
      },
      'beanstalk',
    );
    const al1 = only(f, 'ebextensions/al1-hook');
    expect(al1.map((x) => [x.line, x.severity])).toEqual([
      [2, 'warning'],
      [9, 'warning'],
    ]);
    expect(al1[0]?.message).toContain('.platform/hooks/postdeploy/');
    expect(al1[1]?.message).toContain('.platform/confighooks/predeploy/');
  });

  it('maps every AL1 hook folder to its Amazon Linux 2 place', () => {
    expect(al2Equivalent('appdeploy', 'pre')).toBe('.platform/hooks/predeploy/');
    expect(al2Equivalent('appdeploy', 'enact')).toBe('.platform/hooks/predeploy/');
    expect(al2Equivalent('preinit', undefined)).toBe('.platform/hooks/prebuild/');
  });

  it('says nothing about .platform hooks or other files', () => {
    expect(rules(run({ '.ebextensions/a.config': 'files:\n  "/etc/app.conf":\n    content: x\n' }, 'beanstalk'))).toEqual([]);
  });
});
