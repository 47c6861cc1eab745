// The CodeDeploy agent's own grammar for permissions (acls, SELinux context, mode), empty hooks
// and hook locations: where the agent refuses, an error; where it does what was written, none.
import { describe, expect, it } from '@jest/globals';
import { parseAce } from '../../../src/validate/appspec-acl.js';
import { rangeProblem } from '../../../src/validate/appspec-context.js';
import { psychPlain } from '../../../src/validate/appspec-yaml11.js';
import { only, run, script } from './helpers.js';

const perm = (body: string): string => `version: 0.0\nos: linux\npermissions:\n  - object: /var/app\n${body}`;
const check = (body: string, rule: string) => only(run({ 'appspec.yml': perm(body) }, 'codedeploy'), rule);
const hooks = (body: string): string => `version: 0.0\nos: linux\nhooks:\n${body}`;

describe('YAML 1.1 as the agent (Psych) reads a plain scalar', () => {
  it('reads a leading 0 as octal, keeps 08 a string, and weighs base-60 fields as Psych does', () => {
    expect(psychPlain('0755')).toEqual({ kind: 'int', value: 493n });
    expect(psychPlain('08')).toEqual({ kind: 'string', value: '08' });
    expect(psychPlain('1,755')).toEqual({ kind: 'int', value: 1755n });
    expect(psychPlain('1:30')).toEqual({ kind: 'int', value: 5400n });
    expect(psychPlain('755.0')).toEqual({ kind: 'float' });
    expect(psychPlain('~')).toEqual({ kind: 'null' });
    expect(psychPlain('yes')).toEqual({ kind: 'bool', value: true });
  });
});

describe('permissions: mode', () => {
  it('errors on 0755 (the agent gets 493 and rejects the 9), naming the quoting fix', () => {
    const f = check('    mode: 0755\n', 'appspec/permissions');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', line: 5, column: 11 });
    expect(f[0]?.message).toContain('agent gets 493');
    expect(f[0]?.message).toContain('invalid character (9)');
    expect(f[0]?.message).toContain('`mode: "755"`');
  });

  it('errors on 0644 (applied as mode 420), naming the quoting fix', () => {
    const f = check('    mode: 0644\n', 'appspec/permissions');
    expect(f[0]?.severity).toBe('error');
    expect(f[0]?.message).toContain('applies mode 420, not 0644');
    expect(f[0]?.message).toContain('`mode: "644"`');
  });

  it('accepts 0000, 0007, 644, "0644" and 4755: the agent applies the digits written', () => {
    for (const m of ['0000', '0007', '644', '"0644"', "'0755'", '4755', '0_7'])
      expect(check(`    mode: ${m}\n`, 'appspec/permissions')).toEqual([]);
  });

  it('errors on a mode the agent rejects by length or character', () => {
    expect(check('    mode: 17777\n', 'appspec/permissions')[0]?.message).toContain('between one and four characters');
    expect(check('    mode: rwx\n', 'appspec/permissions')[0]?.message).toContain('invalid character (r)');
    expect(check('    mode: 08\n', 'appspec/permissions')[0]?.message).toContain('invalid character (8)');
  });

  it('warns (no error) on a spelling applied as written but rarely meant, and on an empty mode', () => {
    const hex = check('    mode: 0x7\n', 'appspec/permissions');
    expect(hex[0]).toMatchObject({ severity: 'warning' });
    expect(hex[0]?.message).toContain('applies mode 007');
    expect(check('    mode:\n    owner: app\n', 'appspec/permissions')[0]).toMatchObject({ severity: 'warning' });
  });
});

describe('permissions: acls', () => {
  it('parses entries as AceInfo does', () => {
    expect(parseAce('u:bob:rwx')).toEqual({ ok: true, ace: { default: false, type: 'user', name: 'bob' } });
    expect(parseAce('bob:5')).toEqual({ ok: true, ace: { default: false, type: 'user', name: 'bob' } });
    expect(parseAce('d:g::rx')).toEqual({ ok: true, ace: { default: true, type: 'group', name: '' } });
    expect(parseAce('m::rx')).toEqual({ ok: true, ace: { default: false, type: 'mask', name: '' } });
    expect(parseAce('g:mask:r')).toEqual({ ok: true, ace: { default: false, type: 'group', name: 'mask' } });
    expect(parseAce('u::rwx')).toEqual({ ok: false, problem: 'base' });
    expect(parseAce('o:r')).toEqual({ ok: false, problem: 'base' });
    expect(parseAce('m:bob:rw').ok).toBe(false);
    expect(parseAce('d:d:bob:r').ok).toBe(false);
    expect(parseAce('x:bob:r').ok).toBe(false);
    expect(parseAce('u:bob:rwx:').ok).toBe(false);
    expect(parseAce('u:bob:77').ok).toBe(false);
    expect(parseAce('u:bob:')).toEqual({ ok: true, ace: { default: false, type: 'user', name: 'bob' } });
  });

  it('accepts named entries and defaults limited to directories', () => {
    expect(check('    acls:\n      - u:www-data:rwx\n      - group:deploy:r-x\n      - m::rwx\n', 'appspec/acl')).toEqual([]);
    expect(check('    acls:\n      - d:u:www-data:rwx\n    type:\n      - directory\n', 'appspec/acl')).toEqual([]);
  });

  it('errors on a base entry with the agent\'s "use mode" advice, on its line', () => {
    const f = check('    acls:\n      - u:app:rwx\n      - u::rwx\n', 'appspec/acl');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', line: 7 });
    expect(f[0]?.message).toContain('Use mode to set the base acl entry');
  });

  it('errors on a bad permission letter and on a malformed entry', () => {
    expect(check('    acls:\n      - u:app:rwz\n', 'appspec/acl')[0]?.message).toContain('invalid character (z)');
    expect(check('    acls:\n      - a:b:c:d:rw\n', 'appspec/acl')[0]?.message).toContain('Invalid acl entry');
    expect(check('    acls: u:app:rw\n', 'appspec/acl')[0]?.severity).toBe('error');
  });

  it('errors on default entries in a permission that also covers files', () => {
    const f = check('    acls:\n      - d:u:app:rwx\n', 'appspec/acl');
    expect(f[0]?.message).toContain('type: [directory]');
    expect(check('    acls:\n      - d:u:app:rwx\n    type:\n      - file\n', 'appspec/acl')).toHaveLength(1);
  });
});

describe('permissions: SELinux context', () => {
  it('accepts a type with an optional user (name) and a well-formed range', () => {
    for (const r of ['s0', 's0-s15', 's0:c0.c1023', 's0-s0:c0,c2.c4', 's0:c1,c2,']) {
      expect(
        check(`    context:\n      name: unconfined_u\n      type: httpd_sys_content_t\n      range: ${r}\n`, 'appspec/selinux-context'),
      ).toEqual([]);
    }
  });

  it('errors on a context without type', () => {
    const f = check('    context:\n      name: unconfined_u\n', 'appspec/selinux-context');
    expect(f[0]).toMatchObject({ severity: 'error' });
    expect(f[0]?.message).toContain('invalid context type');
  });

  it('explains each range the agent refuses', () => {
    expect(rangeProblem('s1-s0')).toContain('below the low one');
    expect(rangeProblem('s0:c1024')).toContain('c0 to c1023');
    expect(rangeProblem('s0:c5.c1')).toContain('high to low');
    expect(rangeProblem('s0:c0.c5,c3')).toContain('listed twice');
    expect(rangeProblem('s0:')).toContain('empty');
    expect(rangeProblem('s0:c0,,c1')).toContain('not a category');
    expect(rangeProblem('t0')).toContain('not a sensitivity');
    expect(rangeProblem('s16')).toContain('above s15');
    expect(rangeProblem('s0-s15:c0.c1023')).toBeUndefined();
    const f = check('    context:\n      type: x_t\n      range: s0:c5.c1\n', 'appspec/selinux-context');
    expect(f[0]).toMatchObject({ severity: 'error', line: 7 });
  });

  it('warns that `user` is ignored (the agent reads `name`)', () => {
    const f = check('    context:\n      user: unconfined_u\n      type: x_t\n', 'appspec/selinux-context');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning' });
    expect(f[0]?.message).toContain('Rename it to `name`');
  });
});

describe('hooks: empty events and locations', () => {
  it('warns (not errors) on an empty hook, written as nothing or as []', () => {
    for (const body of ['  BeforeInstall:\n', '  BeforeInstall: []\n']) {
      const f = run({ 'appspec.yml': hooks(body) }, 'codedeploy');
      expect(f.map((x) => [x.rule, x.severity])).toEqual([['appspec/hook-shape', 'warning']]);
      expect(f[0]?.message).toContain('Current agents skip it');
    }
    expect(run({ 'appspec.yml': hooks('  BeforeInstall:\n    - location: a.sh\n'), 'a.sh': script() }, 'codedeploy')).toEqual([]);
  });

  it("errors on a location that climbs but stays inside the agent's deployment-root", () => {
    const f = run({ 'appspec.yml': hooks('  AfterInstall:\n    - location: ../../start.sh\n'), 'start.sh': script() }, 'codedeploy');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'appspec/hook-location-outside', severity: 'error', line: 5 });
    expect(f[0]?.message).toContain('<deployment-root>/<deployment-group-id>/start.sh');
    expect(f[0]?.message).toContain('`location: start.sh`');
  });

  it('warns, naming agent 2.1 containment, on a location that climbs out of deployment-root', () => {
    const f = run(
      { 'appspec.yml': hooks('  AfterInstall:\n    - location: ../../../../../var/start.sh\n'), 'start.sh': script() },
      'codedeploy',
    );
    expect(f[0]).toMatchObject({ rule: 'appspec/hook-location-outside', severity: 'warning' });
    expect(f[0]?.message).toContain('/opt/var/start.sh');
    expect(f[0]?.message).toContain('agent 2.1.0 and later refuse');
  });

  it('accepts a location that climbs out and back into deployment-archive', () => {
    expect(
      run(
        { 'appspec.yml': hooks('  AfterInstall:\n    - location: ../deployment-archive/start.sh\n'), 'start.sh': script() },
        'codedeploy',
      ),
    ).toEqual([]);
  });

  it('errors on backslashes in a Linux location, with the forward-slash fix', () => {
    const f = run(
      { 'appspec.yml': hooks('  AfterInstall:\n    - location: scripts\\configure.sh\n'), 'scripts/configure.sh': script() },
      'codedeploy',
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'appspec/hook-location-backslash', severity: 'error' });
    expect(f[0]?.message).toContain('`location: scripts/configure.sh`');
    const ok = run(
      { 'appspec.yml': hooks('  AfterInstall:\n    - location: scripts/configure.sh\n'), 'scripts/configure.sh': script() },
      'codedeploy',
    );
    expect(ok).toEqual([]);
  });
});
