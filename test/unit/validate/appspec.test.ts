import { describe, expect, it } from '@jest/globals';
import { EXEC, only, rules, run, script } from './helpers.js';

const base = (hooks: string, extra = ''): string =>
  `version: 0.0\nos: linux\nfiles:\n  - source: /\n    destination: /var/app/current\n${extra}hooks:\n${hooks}`;

describe('appspec: placement', () => {
  it('passes with appspec.yml at the root', () => {
    expect(run({ 'appspec.yml': base('  AfterInstall:\n    - location: start.sh\n'), 'start.sh': script() }, 'codedeploy')).toEqual([]);
  });

  it('errors when a CodeDeploy bundle has no appspec at all', () => {
    const f = run({ 'index.html': '<p>' }, 'codedeploy');
    expect(rules(f)).toEqual(['appspec/missing']);
  });

  it('errors naming the nested appspec when it is two levels down', () => {
    const f = run({ 'app/deploy/appspec.yml': base(''), 'README.md': '' }, 'codedeploy');
    expect(f[0]).toMatchObject({ rule: 'appspec/not-at-root', severity: 'error', file: 'app/deploy/appspec.yml' });
    expect(f[0]?.message).toContain('app/deploy/appspec.yml');
  });

  it('warns (the agent strips the folder) when the only appspec is one level down, and checks paths from there', () => {
    const f = run({ 'myapp/appspec.yml': base('  AfterInstall:\n    - location: run.sh\n'), 'myapp/run.sh': script() }, 'codedeploy');
    expect(f.map((x) => [x.rule, x.severity])).toEqual([['appspec/not-at-root', 'warning']]);
  });

  it('warns when the root holds two appspec files', () => {
    const f = run({ 'appspec.yml': base(''), 'appspec.yaml': base('') }, 'codedeploy');
    expect(rules(f)).toContain('appspec/multiple');
  });
});

describe('appspec: syntax and top level', () => {
  it('reports a YAML error at its line', () => {
    const f = run({ 'appspec.yml': 'version: 0.0\nos: linux\nhooks:\n  AfterInstall:\n\t- location: x.sh\n' }, 'codedeploy');
    expect(f[0]).toMatchObject({ rule: 'appspec/syntax', severity: 'error', line: 5 });
  });

  it('reports a JSON error at its line and column', () => {
    const f = run({ 'appspec.json': '{\n  "version": 0.0,\n  "Resources": [,]\n}\n' }, 'codedeploy');
    expect(f[0]).toMatchObject({ rule: 'appspec/syntax', line: 3 });
  });

  it('accepts version 0.0 and rejects anything else, including the quoted string', () => {
    expect(rules(run({ 'appspec.yml': 'version: 0.0\nos: linux\n' }, 'codedeploy'))).toEqual([]);
    const quoted = run({ 'appspec.yml': "version: '0.0'\nos: linux\n" }, 'codedeploy');
    expect(quoted[0]).toMatchObject({ rule: 'appspec/version', line: 1, column: 10 });
    expect(quoted[0]?.message).toContain('without quotes');
    expect(rules(run({ 'appspec.yml': 'version: 1.0\nos: linux\n' }, 'codedeploy'))).toEqual(['appspec/version']);
    expect(rules(run({ 'appspec.yml': 'os: linux\n' }, 'codedeploy'))).toEqual(['appspec/version']);
  });

  it('requires os linux or windows', () => {
    const f = run({ 'appspec.yml': 'version: 0.0\nos: Linux\n' }, 'codedeploy');
    expect(f[0]).toMatchObject({ rule: 'appspec/os', line: 2, column: 5 });
    expect(f[0]?.message).toContain("got 'Linux'");
  });

  it('checks file_exists_behavior', () => {
    const bad = run({ 'appspec.yml': 'version: 0.0\nos: linux\nfile_exists_behavior: REPLACE\n' }, 'codedeploy');
    expect(bad[0]?.message).toBe("`file_exists_behavior` in appspec.yml must be one of DISALLOW, OVERWRITE, RETAIN; got 'REPLACE'.");
    expect(run({ 'appspec.yml': 'version: 0.0\nos: linux\nfile_exists_behavior: RETAIN\n' }, 'codedeploy')).toEqual([]);
  });

  it('warns on unknown top-level keys with a suggestion, and errors on a hook pushed out of hooks', () => {
    const f = run({ 'appspec.yml': 'version: 0.0\nos: linux\nfile:\n  - source: /\n    destination: /x\n' }, 'codedeploy');
    expect(f[0]).toMatchObject({ rule: 'appspec/unknown-key', severity: 'warning' });
    expect(f[0]?.message).toContain("Did you mean 'files'");
    const stray = run(
      {
        'appspec.yml': 'version: 0.0\nos: linux\nhooks:\n  BeforeInstall:\n    - location: a.sh\n\\ AfterInstall:\n  - location: a.sh\n',
        'a.sh': script(),
      },
      'codedeploy',
    );
    expect(only(stray, 'appspec/unknown-key')[0]).toMatchObject({ severity: 'error', line: 6 });
  });
});

describe('appspec: files', () => {
  it('errors when a source is not in the bundle, and passes when it is', () => {
    const files = 'version: 0.0\nos: linux\nfiles:\n  - source: build/app.jar\n    destination: /opt/app\n';
    const f = run({ 'appspec.yml': files }, 'codedeploy');
    expect(f[0]).toMatchObject({ rule: 'appspec/files-source-missing', line: 4, column: 13 });
    expect(run({ 'appspec.yml': files, 'build/app.jar': '' }, 'codedeploy')).toEqual([]);
  });

  it('requires an absolute destination', () => {
    const f = run({ 'appspec.yml': 'version: 0.0\nos: linux\nfiles:\n  - source: /\n    destination: app\n' }, 'codedeploy');
    expect(rules(f)).toEqual(['appspec/files-destination-relative']);
    const win = run(
      { 'appspec.yml': 'version: 0.0\nos: windows\nfiles:\n  - source: \\\n    destination: C:\\inetpub\\wwwroot\n' },
      'codedeploy',
    );
    expect(win).toEqual([]);
  });

  it('errors on entries without source or destination and warns on keys files ignore', () => {
    const f = run(
      { 'appspec.yml': 'version: 0.0\nos: linux\nfiles:\n  - source: /\n    destination: /x\n    overwrite: yes\n  - destination: /y\n' },
      'codedeploy',
    );
    expect(rules(f)).toEqual(['appspec/files-shape', 'appspec/files-unknown-key']);
    expect(only(f, 'appspec/files-unknown-key')[0]?.message).toContain('file_exists_behavior: OVERWRITE');
  });
});

describe('appspec: permissions', () => {
  const perm = (body: string, os = 'linux'): string => `version: 0.0\nos: ${os}\npermissions:\n  - object: /var/app\n${body}`;
  it('passes a well-formed entry', () => {
    expect(
      run({ 'appspec.yml': perm('    pattern: "*.sh"\n    mode: 755\n    owner: app\n    type:\n      - file\n') }, 'codedeploy'),
    ).toEqual([]);
  });
  it('rejects a bad type, an octal-looking unquoted mode and a mode with an 8', () => {
    expect(rules(run({ 'appspec.yml': perm('    mode: 755\n    type:\n      - files\n') }, 'codedeploy'))).toEqual(['appspec/permissions']);
    const octal = run({ 'appspec.yml': perm('    mode: 0755\n') }, 'codedeploy');
    expect(octal[0]?.message).toContain('493');
    expect(rules(run({ 'appspec.yml': perm('    mode: "0785"\n') }, 'codedeploy'))).toEqual(['appspec/permissions']);
  });
  it('requires object, and a mapping per entry', () => {
    expect(rules(run({ 'appspec.yml': 'version: 0.0\nos: linux\npermissions:\n  - owner: app\n' }, 'codedeploy'))).toEqual([
      'appspec/permissions',
    ]);
    expect(rules(run({ 'appspec.yml': 'version: 0.0\nos: linux\npermissions:\n  - /var/app\n' }, 'codedeploy'))).toEqual([
      'appspec/permissions',
    ]);
  });
  it('errors on permissions with os windows and warns on an entry that sets nothing', () => {
    expect(only(run({ 'appspec.yml': perm('    owner: app\n', 'windows') }, 'codedeploy'), 'appspec/permissions')[0]?.severity).toBe(
      'error',
    );
    const noop = run({ 'appspec.yml': perm('    pattern: +x\n') }, 'codedeploy');
    expect(noop[0]).toMatchObject({ rule: 'appspec/permissions', severity: 'warning' });
    expect(noop[0]?.message).toContain('mode: 755');
  });
});

describe('appspec: hooks', () => {
  it('errors on events that cannot run scripts', () => {
    for (const ev of ['Install', 'DownloadBundle', 'BlockTraffic', 'AllowTraffic']) {
      const f = run({ 'appspec.yml': base(`  ${ev}:\n    - location: a.sh\n`), 'a.sh': script() }, 'codedeploy');
      expect(rules(f)).toEqual(['appspec/hook-not-scriptable']);
    }
  });

  it('errors on unknown hook names with a suggestion', () => {
    const f = run({ 'appspec.yml': base('  AfterInstal:\n    - location: a.sh\n'), 'a.sh': script() }, 'codedeploy');
    expect(f[0]).toMatchObject({ rule: 'appspec/hook-unknown', line: 7, column: 3 });
    expect(f[0]?.message).toContain("Did you mean 'AfterInstall'");
  });

  it('errors on an empty hook and a script without location', () => {
    expect(rules(run({ 'appspec.yml': base('  ApplicationStop:\n') }, 'codedeploy'))).toEqual(['appspec/hook-shape']);
    expect(rules(run({ 'appspec.yml': base('  ApplicationStop:\n    - timeout: 30\n') }, 'codedeploy'))).toEqual(['appspec/hook-shape']);
  });

  it('checks timeouts per script and per event', () => {
    const ok = run(
      {
        'appspec.yml': base('  AfterInstall:\n    - location: a.sh\n      timeout: 1800\n    - location: a.sh\n      timeout: 1800\n'),
        'a.sh': script(),
      },
      'codedeploy',
    );
    expect(ok).toEqual([]);
    const one = run(
      { 'appspec.yml': base('  AfterInstall:\n    - location: a.sh\n      timeout: 6000\n'), 'a.sh': script() },
      'codedeploy',
    );
    expect(rules(one).sort()).toEqual(['appspec/hook-event-timeout', 'appspec/hook-timeout']);
    const sum = run(
      {
        'appspec.yml': base('  AfterInstall:\n    - location: a.sh\n      timeout: 2000\n    - location: a.sh\n      timeout: 2000\n'),
        'a.sh': script(),
      },
      'codedeploy',
    );
    expect(rules(sum)).toEqual(['appspec/hook-event-timeout']);
    expect(
      rules(run({ 'appspec.yml': base('  AfterInstall:\n    - location: a.sh\n      timeout: 0\n'), 'a.sh': script() }, 'codedeploy')),
    ).toEqual(['appspec/hook-timeout']);
  });

  it('warns on runas with os windows only', () => {
    const win = 'version: 0.0\nos: windows\nhooks:\n  AfterInstall:\n    - location: a.ps1\n      runas: Administrator\n';
    expect(rules(run({ 'appspec.yml': win, 'a.ps1': 'x' }, 'codedeploy'))).toEqual(['appspec/runas-windows']);
    expect(
      run({ 'appspec.yml': base('  AfterInstall:\n    - location: a.sh\n      runas: ec2-user\n'), 'a.sh': script() }, 'codedeploy'),
    ).toEqual([]);
  });

  it('warns on keys a script entry does not take', () => {
    const f = run({ 'appspec.yml': base('  AfterInstall:\n    - location: a.sh\n      timout: 30\n'), 'a.sh': script() }, 'codedeploy');
    expect(f[0]).toMatchObject({ rule: 'appspec/hook-unknown-key', severity: 'warning' });
    expect(f[0]?.message).toContain("Did you mean 'timeout'");
  });
});

describe('appspec: hook location', () => {
  it('passes a location relative to the bundle root, with or without a leading slash or ./', () => {
    for (const loc of ['scripts/start.sh', '/scripts/start.sh', './scripts/start.sh']) {
      expect(
        run({ 'appspec.yml': base(`  ApplicationStart:\n    - location: ${loc}\n`), 'scripts/start.sh': script() }, 'codedeploy'),
      ).toEqual([]);
    }
  });

  it('errors on a path under files.destination, saying where the agent looks and mapping it back to the source', () => {
    const f = run(
      { 'appspec.yml': base('  ApplicationStart:\n    - location: /var/app/current/scripts/start.sh\n'), 'scripts/start.sh': script() },
      'codedeploy',
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'appspec/hook-location-missing', severity: 'error', line: 8, column: 17 });
    expect(f[0]?.message).toContain('deployment-archive/var/app/current/scripts/start.sh');
    expect(f[0]?.message).toContain("Did you mean 'scripts/start.sh'");
  });

  it('maps a location through a file source (destination is the folder that receives the file)', () => {
    const spec =
      'version: 0.0\nos: linux\nfiles:\n  - source: bin/run.sh\n    destination: /opt/app\nhooks:\n  ApplicationStart:\n    - location: /opt/app/run.sh\n';
    const f = run({ 'appspec.yml': spec, 'bin/run.sh': script() }, 'codedeploy');
    expect(f[0]?.message).toContain("Did you mean 'bin/run.sh'");
  });

  it('suggests the same file name elsewhere and near-miss typos', () => {
    const moved = run(
      { 'appspec.yml': base('  ApplicationStart:\n    - location: start.sh\n'), 'deploy/start.sh': script() },
      'codedeploy',
    );
    expect(moved[0]?.message).toContain("Did you mean 'deploy/start.sh'");
    const typo = run(
      { 'appspec.yml': base('  ApplicationStop:\n    - location: scripts/stop_container.sh\n'), 'scripts/stop-container.sh': script() },
      'codedeploy',
    );
    expect(typo[0]?.message).toContain("Did you mean 'scripts/stop-container.sh'");
    expect(typo[0]?.message).toContain('last successful revision');
  });

  it('errors when the location is a folder', () => {
    const f = run({ 'appspec.yml': base('  ApplicationStart:\n    - location: scripts\n'), 'scripts/start.sh': script() }, 'codedeploy');
    expect(f[0]?.message).toContain('is a folder');
  });

  it('warns on a location that climbs out with ..', () => {
    const f = run(
      { 'appspec.yml': base('  AfterInstall:\n    - location: ../../../../../../var/app/current/start.sh\n'), 'start.sh': script() },
      'codedeploy',
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'appspec/hook-location-outside', severity: 'warning' });
    expect(f[0]?.message).toContain('/var/app/current/start.sh');
    expect(f[0]?.message).toContain('`location: start.sh`');
  });

  it('checks hook scripts for CRLF and for the executable bit', () => {
    const crlf = run(
      { 'appspec.yml': base('  AfterInstall:\n    - location: a.sh\n'), 'a.sh': { content: '#!/bin/bash\r\necho hi\r\n', mode: EXEC } },
      'codedeploy',
    );
    expect(crlf[0]).toMatchObject({ rule: 'script/crlf', file: 'a.sh', line: 1, severity: 'error' });
    expect(crlf[0]?.message).toContain('bad interpreter');
    const body = run(
      { 'appspec.yml': base('  AfterInstall:\n    - location: a.sh\n'), 'a.sh': { content: '#!/bin/bash\necho hi\r\n', mode: EXEC } },
      'codedeploy',
    );
    expect(body[0]).toMatchObject({ rule: 'script/crlf', line: 2 });
    const noexec = run({ 'appspec.yml': base('  AfterInstall:\n    - location: a.sh\n'), 'a.sh': '#!/bin/bash\necho hi\n' }, 'codedeploy');
    expect(noexec[0]).toMatchObject({ rule: 'script/not-executable', severity: 'warning', file: 'a.sh' });
    expect(noexec[0]?.message).toContain('chmod +x');
  });

  it('does not check CRLF or modes of Windows scripts', () => {
    const win = 'version: 0.0\nos: windows\nhooks:\n  AfterInstall:\n    - location: deploy\\run.ps1\n';
    expect(run({ 'appspec.yml': win, 'deploy/run.ps1': 'Write-Host hi\r\n' }, 'codedeploy')).toEqual([]);
  });
});

describe('appspec: ECS and Lambda', () => {
  const ecs = (hooks = ''): string =>
    `version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n      Properties:\n        TaskDefinition: <TASK_DEFINITION>\n        LoadBalancerInfo:\n          ContainerName: web\n          ContainerPort: 80\n${hooks}`;
  it('passes a well-formed ECS appspec with hooks', () => {
    expect(run({ 'appspec.yaml': ecs('Hooks:\n  - AfterAllowTestTraffic: CheckFn\n') }, 'codedeploy')).toEqual([]);
  });
  it('errors on EC2 hook names and script paths in an ECS appspec', () => {
    const f = run({ 'appspec.yaml': ecs('Hooks:\n  - ApplicationStart: scripts/start.sh\n') }, 'codedeploy');
    expect(rules(f).sort()).toEqual(['appspec/hook-shape', 'appspec/hook-unknown']);
  });
  it('requires the ECS service properties', () => {
    const f = run(
      {
        'appspec.yaml':
          'version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n      Properties:\n        TaskDefinition: x\n',
      },
      'codedeploy',
    );
    expect(rules(f)).toEqual(['appspec/resources']);
  });
  it('checks Lambda hooks', () => {
    const lambda =
      'version: 0.0\nResources:\n  - fn:\n      Type: AWS::Lambda::Function\n      Properties:\n        Name: f\n        Alias: live\n        CurrentVersion: "1"\n        TargetVersion: "2"\nHooks:\n';
    expect(run({ 'appspec.yml': `${lambda}  - BeforeAllowTraffic: Check\n` }, 'codedeploy')).toEqual([]);
    expect(rules(run({ 'appspec.yml': `${lambda}  - LifeCycleEvent: ""\n` }, 'codedeploy')).sort()).toEqual([
      'appspec/hook-shape',
      'appspec/hook-unknown',
    ]);
  });
});
