import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as tar from 'tar';
import { archiveKind, treeFromArchive, treeFromDirectory, treeFromFiles, validateBundle } from '../../../src/validate/index.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'hookline-tree-'));
  const app = path.join(dir, 'app');
  mkdirSync(path.join(app, 'scripts'), { recursive: true });
  mkdirSync(path.join(app, '.git'), { recursive: true });
  writeFileSync(path.join(app, '.git', 'HEAD'), 'ref');
  writeFileSync(path.join(app, 'appspec.yml'), 'version: 0.0\nos: linux\nhooks:\n  AfterInstall:\n    - location: scripts/run.sh\n');
  writeFileSync(path.join(app, 'scripts', 'run.sh'), '#!/bin/bash\r\necho\r\n');
  chmodSync(path.join(app, 'scripts', 'run.sh'), 0o755);
  writeFileSync(path.join(app, 'blob.bin'), Buffer.from([0, 1, 2, 3]));
  symlinkSync('/etc/passwd', path.join(app, 'link'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('treeFromDirectory', () => {
  it('records files, folders and modes, skips .git, reads text lazily, and reports a link out of the tree', async () => {
    const tree = await treeFromDirectory(path.join(dir, 'app'));
    expect(tree.entries.get('scripts')?.type).toBe('dir');
    expect((tree.entries.get('scripts/run.sh')?.mode ?? 0) & 0o777).toBe(0o755);
    // The link is not bundled (the bundle writer refuses it), so it is not in the tree either.
    expect(tree.entries.has('link')).toBe(false);
    expect(tree.entries.has('.git/HEAD')).toBe(false);
    expect(tree.read('appspec.yml')).toContain('version');
    expect(tree.read('blob.bin')).toBeUndefined();
    const f = validateBundle(tree, 'auto');
    expect(f.map((x) => [x.rule, x.file])).toEqual([
      ['bundle/symlink-absolute', 'link'],
      ['script/crlf', 'scripts/run.sh'],
    ]);
  });
});

describe('treeFromArchive', () => {
  it('reads a .tgz with its modes', async () => {
    const file = path.join(dir, 'app.tgz');
    await tar.c({ gzip: true, file, cwd: path.join(dir, 'app'), portable: true }, ['appspec.yml', 'scripts']);
    const tree = await treeFromArchive(file);
    expect((tree.entries.get('scripts/run.sh')?.mode ?? 0) & 0o777).toBe(0o755);
    expect(tree.archive).toBe('app.tgz');
    expect(validateBundle(tree, 'codedeploy').map((x) => x.rule)).toEqual(['script/crlf']);
  });
  it('reports a file that is not an archive (by content) as the one finding', async () => {
    const tree = await treeFromArchive(path.join(dir, 'app', 'appspec.yml'));
    expect(validateBundle(tree, 'codedeploy').map((x) => x.rule)).toEqual(['bundle/not-an-archive']);
    expect(archiveKind('x.WAR')).toBe('zip');
    expect(archiveKind('x.tar.gz')).toBe('tar');
  });
});

describe('treeFromFiles', () => {
  it('implies parent folders and defaults to mode 0644', () => {
    const tree = treeFromFiles({ 'a/b/c.txt': 'x' });
    expect(tree.entries.get('a/b')?.type).toBe('dir');
    expect(tree.entries.get('a/b/c.txt')?.mode).toBe(0o100644);
  });
});
