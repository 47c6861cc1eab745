import { locateEbextensionsCommand, locateHookLocation, normaliseRelative, suggestBundlePaths } from '../../../src/diagnose/locate.js';
import { bundleOf } from './fixtures/build.js';

const APPSPEC = `version: 0.0
os: linux
files:
  - source: app
    destination: /srv/shop
hooks:
  BeforeInstall:
    - location: scripts/a.sh
    - location: scripts/b.sh
      timeout: 30
  AfterInstall:
    - location: /srv/shop/bin/migrate.sh
`;

describe('locateHookLocation', () => {
  const bundle = bundleOf(
    { 'appspec.yml': APPSPEC },
    { 'scripts/a.sh': 0o100755, 'scripts/b.sh': 0o100755, 'app/bin/migrate.sh': 0o100755 },
  );

  it('finds the location line of the failed script among several', () => {
    expect(locateHookLocation(bundle, 'BeforeInstall', 'scripts/b.sh')).toEqual({ file: 'appspec.yml', line: 9 });
    expect(locateHookLocation(bundle, 'BeforeInstall', '/scripts/a.sh')).toEqual({ file: 'appspec.yml', line: 8 });
  });

  it('falls back to the event line when no entry matches', () => {
    expect(locateHookLocation(bundle, 'BeforeInstall', 'scripts/zzz.sh')).toEqual({ file: 'appspec.yml', line: 7 });
  });

  it('returns null without an appspec or that event', () => {
    expect(locateHookLocation(undefined, 'BeforeInstall', 'scripts/a.sh')).toBeNull();
    expect(locateHookLocation(bundle, 'ValidateService', 'scripts/a.sh')).toBeNull();
  });

  it('reads appspec.json too', () => {
    const json = bundleOf({
      'appspec.json':
        '{\n  "version": 0.0,\n  "os": "linux",\n  "hooks": {\n    "AfterInstall": [\n      { "location": "x.sh" }\n    ]\n  }\n}\n',
    });
    expect(locateHookLocation(json, 'AfterInstall', 'x.sh')).toEqual({ file: 'appspec.json', line: 6 });
  });

  it('survives broken YAML', () => {
    expect(locateHookLocation(bundleOf({ 'appspec.yml': 'hooks: [\n  : :' }), 'AfterInstall', 'x.sh')).toBeNull();
  });
});

describe('suggestBundlePaths', () => {
  const bundle = bundleOf({ 'appspec.yml': APPSPEC }, { 'app/bin/migrate.sh': 0o100755, 'scripts/a.sh': 0o100755 });
  it('maps an installed path back through files.source', () => {
    expect(suggestBundlePaths('/srv/shop/bin/migrate.sh', bundle)[0]).toBe('app/bin/migrate.sh');
  });
  it('offers a file with the same name elsewhere in the bundle', () => {
    expect(suggestBundlePaths('deploy/a.sh', bundle)).toContain('scripts/a.sh');
  });
  it('normalises leading slashes and ./', () => {
    expect(normaliseRelative('.//scripts//a.sh')).toBe('scripts/a.sh');
    expect(normaliseRelative('/./scripts/a.sh')).toBe('scripts/a.sh');
  });
});

describe('locateEbextensionsCommand', () => {
  const bundle = bundleOf({
    '.ebextensions/01-packages.config':
      'packages:\n  yum:\n    git: []\ncommands:\n  01_fetch:\n    command: curl -o /tmp/x https://example.com/x\n',
    '.ebextensions/02-db.config':
      '{\n  "container_commands": {\n    "01_migrate": { "command": "rake db:migrate", "leader_only": true }\n  }\n}\n',
  });
  it('finds a command key in YAML', () => {
    expect(locateEbextensionsCommand(bundle, '01_fetch', 'commands')).toEqual({ file: '.ebextensions/01-packages.config', line: 5 });
  });
  it('finds a container command key in JSON', () => {
    expect(locateEbextensionsCommand(bundle, '01_migrate')).toEqual({ file: '.ebextensions/02-db.config', line: 3 });
  });
  it('keeps the file named by the log when the key is not found', () => {
    expect(locateEbextensionsCommand(bundle, 'nope', 'commands', '.ebextensions/09.config')).toEqual({
      file: '.ebextensions/09.config',
      line: 1,
    });
    expect(locateEbextensionsCommand(bundle, 'nope')).toBeNull();
  });
});
