import { describe, expect, it } from '@jest/globals';
import { only, rules, run } from './helpers.js';

const cfg = (text: string): ReturnType<typeof run> => run({ '.ebextensions/app.config': text }, 'beanstalk');

describe('.ebextensions: syntax and top level', () => {
  it('reports YAML errors at their line, with a hint for tabs', () => {
    const f = cfg('commands:\n  a:\n\tcommand: ls\n');
    expect(f[0]).toMatchObject({ rule: 'ebextensions/syntax', file: '.ebextensions/app.config', line: 3 });
    expect(f[0]?.message).toContain('Indent with spaces');
  });

  it('reads JSON configs and reports JSON errors', () => {
    expect(cfg('{ "option_settings": { "aws:elasticbeanstalk:application:environment": { "A": "1" } } }\n')).toEqual([]);
    expect(rules(cfg('{ "commands": { "a": { "command": "ls" }, } }\n'))).toEqual(['ebextensions/syntax']);
  });

  it('warns on unknown top-level keys with a suggestion', () => {
    const f = cfg('container_command:\n  01_migrate:\n    command: ./manage.py migrate\n');
    expect(f[0]).toMatchObject({ rule: 'ebextensions/unknown-key', severity: 'warning', line: 1, column: 1 });
    expect(f[0]?.message).toContain("did you mean 'container_commands'".replace('did', 'Did'));
    expect(cfg('Resources: {}\nOutputs: {}\nAWSTemplateFormatVersion: "2010-09-09"\nDescription: x\n')).toEqual([]);
  });

  it('warns on duplicate keys (the instance keeps the last)', () => {
    const f = cfg('files:\n  /etc/x:\n    content: a\n    owner: root\n    owner: root\n');
    expect(rules(f)).toEqual(['ebextensions/duplicate-key']);
  });

  it('errors when the file is not a mapping', () => {
    expect(rules(cfg('- commands\n'))).toEqual(['ebextensions/not-a-mapping']);
  });
});

describe('.ebextensions: option_settings', () => {
  it('accepts both forms', () => {
    expect(
      cfg(
        'option_settings:\n  - namespace: aws:elasticbeanstalk:application:environment\n    option_name: A\n    value: b\n  - option_name: C\n    value: d\n',
      ),
    ).toEqual([]);
    expect(cfg('option_settings:\n  aws:elasticbeanstalk:application:environment:\n    A: b\n')).toEqual([]);
  });
  it('errors on a list entry without option_name, and on the two forms mixed', () => {
    expect(rules(cfg('option_settings:\n  - namespace: aws:x\n    value: d\n'), 'error')).toEqual(['ebextensions/option-settings']);
    const mixed = cfg('option_settings:\n  - aws:elasticbeanstalk:application:environment:\n      A: b\n');
    expect(mixed[0]?.message).toContain('mixes the two forms');
  });
  it('errors on a shorthand key that holds a value instead of options', () => {
    const f = cfg('option_settings:\n  DJANGO_SETTINGS_MODULE: app.settings\n');
    expect(f[0]).toMatchObject({ rule: 'ebextensions/option-settings', line: 2 });
    expect(f[0]?.message).toContain('aws:elasticbeanstalk:application:environment');
  });
  it('suggests a known namespace for a near miss', () => {
    const f = cfg('option_settings:\n  aws:elasticbeanstalk:application:enviroment:\n    A: b\n');
    expect(f[0]).toMatchObject({ rule: 'ebextensions/namespace', severity: 'warning' });
    expect(f[0]?.message).toContain("'aws:elasticbeanstalk:application:environment'");
    expect(rules(cfg('option_settings:\n  aws:elbv2:listener:443:\n    Protocol: HTTPS\n'))).toEqual(['ebextensions/options-not-checked']);
  });
});

describe('.ebextensions: commands and container_commands', () => {
  it('requires command in every entry', () => {
    const f = cfg('commands:\n  01_install:\n    cwd: /tmp\n');
    expect(f[0]).toMatchObject({ rule: 'ebextensions/command-missing', line: 2, column: 3 });
    expect(rules(cfg('container_commands:\n  01_x: ./run.sh\n'))).toEqual(['ebextensions/command-missing']);
    expect(cfg('commands:\n  01_install:\n    command: [yum, install, -y, git]\n    cwd: /tmp\n')).toEqual([]);
  });
  it('accepts leader_only in container_commands and warns about it in commands', () => {
    expect(cfg('container_commands:\n  01_migrate:\n    command: ./migrate\n    leader_only: true\n')).toEqual([]);
    expect(rules(cfg('commands:\n  01_migrate:\n    command: ./migrate\n    leader_only: true\n'))).toEqual([
      'ebextensions/leader-only-in-commands',
    ]);
  });
  it('errors when the section is a list, and warns on unknown entry keys', () => {
    expect(rules(cfg('commands:\n  - command: ls\n'))).toEqual(['ebextensions/command-shape']);
    const f = cfg('container_commands:\n  01:\n    command: ls\n    leaderOnly: true\n');
    expect(f[0]?.rule).toBe('ebextensions/command-unknown-key');
  });
});

describe('.ebextensions: files', () => {
  it('accepts a quoted mode and errors on an unquoted one with a leading 0', () => {
    expect(cfg('files:\n  /etc/x.conf:\n    mode: "000644"\n    content: x\n')).toEqual([]);
    const f = cfg('files:\n  /etc/x.conf:\n    mode: 000755\n    content: x\n');
    expect(f[0]).toMatchObject({ rule: 'ebextensions/file-mode', severity: 'error', line: 3, column: 11 });
    expect(f[0]?.message).toContain('mode: "000755"');
    expect(only(cfg('files:\n  /etc/x.conf:\n    mode: 644\n    content: x\n'), 'ebextensions/file-mode')[0]?.severity).toBe('warning');
    expect(rules(cfg('files:\n  /etc/x.conf:\n    mode: "rwxr-xr-x"\n    content: x\n'))).toEqual(['ebextensions/file-mode']);
  });
  it('needs content or source', () => {
    expect(rules(cfg('files:\n  /etc/x.conf:\n    mode: "000644"\n'))).toEqual(['ebextensions/file-content']);
  });
  it('resolves authentication against AWS::CloudFormation::Authentication in any config', () => {
    const auth =
      'Resources:\n  AWSEBAutoScalingGroup:\n    Metadata:\n      AWS::CloudFormation::Authentication:\n        S3Access:\n          type: S3\n          buckets: b\n          roleName: r\n';
    const files = 'files:\n  /etc/x.yml:\n    source: https://s3.amazonaws.com/b/x.yml\n    authentication: S3Access\n';
    expect(run({ '.ebextensions/01.config': auth, '.ebextensions/02.config': files }, 'beanstalk')).toEqual([]);
    const f = run({ '.ebextensions/02.config': files.replace('S3Access', 'S3Acess') + '' }, 'beanstalk');
    expect(f[0]).toMatchObject({ rule: 'ebextensions/file-authentication', line: 4 });
  });
  it('checks nginx snippets written to conf.d', () => {
    const f = cfg('files:\n  /etc/nginx/conf.d/x.conf:\n    content: |\n      http {\n        client_max_body_size 10M;\n      }\n');
    expect(f[0]).toMatchObject({ rule: 'nginx/context', line: 4, column: 7 });
    expect(cfg('files:\n  /etc/nginx/conf.d/x.conf:\n    content: |\n      client_max_body_size 10M;\n')).toEqual([]);
  });
});

describe('.ebextensions: packages and sources', () => {
  it('warns on unknown package managers and errors on bad shapes', () => {
    expect(cfg('packages:\n  yum:\n    git: []\n  rpm:\n    epel: https://x/epel.rpm\n')).toEqual([]);
    expect(rules(cfg('packages:\n  apt-get:\n    git: []\n'))).toEqual(['ebextensions/packages']);
    expect(rules(cfg('packages:\n  yum: git\n'))).toEqual(['ebextensions/packages']);
    expect(rules(cfg('sources:\n  /opt/x:\n    url: https://x\n'))).toEqual(['ebextensions/sources']);
  });
});

describe('.ebextensions: placement', () => {
  it('warns on configs that are never read', () => {
    expect(rules(run({ '.ebextensions/sub/x.config': 'commands: {}\n' }, 'beanstalk'))).toEqual(['ebextensions/config-not-read']);
    expect(rules(run({ '.platform/x.config': 'commands: {}\n' }, 'beanstalk'))).toEqual(['ebextensions/config-not-read']);
    expect(rules(run({ 'ebextensions/x.config': 'commands: {}\n' }, 'beanstalk'))).toEqual(['ebextensions/config-not-read']);
    expect(rules(run({ '.ebextensions/x.yml': 'option_settings:\n  a:b: {}\n' }, 'beanstalk'))).toEqual(['ebextensions/config-extension']);
    // Data files kept next to configs are fine, and so is web.config in an IIS app.
    expect(run({ '.ebextensions/filebeat.yml': 'filebeat.prospectors: []\n', 'web.config': '<configuration/>' }, 'beanstalk')).toEqual([]);
  });
  it('warns on .ebextensions below the root, with a .war hint', () => {
    const f = run({ 'app/.ebextensions/x.config': 'commands: {}\n' }, 'beanstalk');
    expect(f[0]).toMatchObject({ rule: 'ebextensions/not-at-root', file: 'app/.ebextensions' });
  });
});
