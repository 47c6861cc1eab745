// The bundle model: one walk (ignore rules applied) that validation and the zip writer share;
// archives read into the same model within limits; names and links that cannot ship reported.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as tar from 'tar';
import yazl from 'yazl';
import { createWriteStream } from 'node:fs';
import { buildBundle, directoryModel, ignoreFileFor, readArchiveModel, readPrebuilt } from '../../../src/bundle/index.js';
import { openBundleModel, treeFromModel, validateBundle } from '../../../src/validate/index.js';
import { comparePaths, findEntry } from '../../../src/bundle/walk.js';
import { cleanup, makeTree, tempDir } from './helpers.js';
import { writeLyingZip, writeTarBomb, writeZipBomb } from './bombs.js';

const APPSPEC = `version: 0.0
os: linux
hooks:
  ApplicationStart:
    - location: scripts/start.sh
      timeout: 60
`;
const SCRIPT = { content: '#!/bin/bash\necho start\n', mode: 0o755 };

let dirs: string[] = [];
const dir = (): string => {
  const d = tempDir('hookline-model-');
  dirs.push(d);
  return d;
};
afterEach(() => {
  cleanup(...dirs);
  dirs = [];
});

function writeZip(file: string, files: Record<string, string>): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(files)) zip.addBuffer(Buffer.from(content), name, { mode: 0o100755 });
  zip.end();
  return new Promise((resolve, reject) => {
    zip.outputStream.pipe(createWriteStream(file)).on('close', resolve).on('error', reject);
  });
}

describe('the walked model', () => {
  it('validates what ships: a hook script left out by .deployignore is an error naming the line and pattern', async () => {
    const root = makeTree(dir(), {
      'appspec.yml': APPSPEC,
      '.deployignore': '# build output\n*.log\nscripts/start.sh\n',
      'scripts/start.sh': SCRIPT,
    });
    const model = await directoryModel({ root, ignoreFile: '.deployignore' });
    expect(model.entries.map((e) => e.path)).not.toContain('scripts/start.sh');
    expect(model.excluded('scripts/start.sh')).toEqual({ by: '.deployignore', pattern: 'scripts/start.sh', line: 3 });
    const findings = validateBundle(treeFromModel(model), 'codedeploy');
    expect(findings.map((f) => [f.rule, f.line])).toEqual([['bundle/hook-excluded', 5]]);
    expect(findings[0]!.message).toMatch(/\.deployignore line 3 \(`scripts\/start\.sh`\).*ScriptMissing/);
    // The bundle written from the same model leaves the script out too.
    const b = await buildBundle({ root, model, requireAppspec: true, outFile: path.join(dir(), 'b.zip') });
    expect(b.list.map((e) => e.path)).toEqual(['.deployignore', 'appspec.yml', 'scripts/']);
  });

  it('names the folder when a whole folder is ignored, and the exclude glob when that is the cause', async () => {
    const root = makeTree(dir(), { 'appspec.yml': APPSPEC, '.deployignore': 'scripts/\n', 'scripts/start.sh': SCRIPT });
    const m = await directoryModel({ root, ignoreFile: '.deployignore' });
    expect(m.excluded('scripts/start.sh')).toEqual({ by: '.deployignore', pattern: 'scripts/', line: 1, via: 'scripts/' });
    const g = await directoryModel({ root, exclude: ['**/*.sh'] });
    expect(g.excluded('scripts/start.sh')).toEqual({ by: 'exclude', pattern: '**/*.sh' });
    expect(g.excluded('appspec.yml')).toBeUndefined();
    expect(g.excluded('nowhere.sh')).toBeUndefined();
  });

  it('reports a name that is not UTF-8 and one with a newline, escaped, instead of aborting', async () => {
    const root = makeTree(dir(), { 'appspec.yml': APPSPEC, 'scripts/start.sh': SCRIPT });
    writeFileSync(Buffer.from(path.join(root, 'caf\xe9.txt'), 'latin1'), 'x');
    writeFileSync(path.join(root, 'two\nlines.txt'), 'x');
    const findings = validateBundle(treeFromModel(await directoryModel({ root })), 'codedeploy');
    expect(findings.map((f) => [f.rule, f.file])).toEqual([
      ['bundle/name-not-utf8', 'caf\\xe9.txt'],
      ['bundle/name-control-character', 'two\\nlines.txt'],
    ]);
    for (const f of findings) expect(f.message).not.toMatch(/[\n\r]/);
    await expect(buildBundle({ root, requireAppspec: true, outFile: path.join(dir(), 'b.zip') })).rejects.toThrow(
      /caf\\xe9\.txt is not valid UTF-8.*1 more problem/,
    );
  });

  it('leaves a badly named file alone when the ignore file excludes it', async () => {
    const root = makeTree(dir(), { 'appspec.yml': APPSPEC, 'scripts/start.sh': SCRIPT, '.deployignore': '*.txt\n' });
    writeFileSync(path.join(root, 'two\nlines.txt'), 'x');
    const model = await directoryModel({ root, ignoreFile: '.deployignore' });
    expect(model.problems).toEqual([]);
  });

  it('refuses a .deployignore that is a symlink before reading it, and a link out of the tree', async () => {
    const outside = makeTree(dir(), { rules: 'scripts/start.sh\n' });
    const root = makeTree(dir(), { 'appspec.yml': APPSPEC, 'scripts/start.sh': SCRIPT });
    symlinkSync(path.join(outside, 'rules'), path.join(root, '.deployignore'));
    symlinkSync('../../etc/passwd', path.join(root, 'scripts', 'passwd'));
    const model = await directoryModel({ root, ignoreFile: '.deployignore' });
    expect(model.ignoreFile).toBeNull();
    expect(model.entries.map((e) => e.path)).toContain('scripts/start.sh');
    expect(model.problems.map((p) => p.kind)).toEqual(['ignore-file-symlink', 'symlink-outside']);
    const rules = validateBundle(treeFromModel(model), 'codedeploy').map((f) => f.rule);
    expect(rules).toEqual(['bundle/ignore-file-symlink', 'bundle/symlink-outside']);
  });

  it('reads text on demand, never through a link', async () => {
    const root = makeTree(dir(), { 'appspec.yml': APPSPEC, 'scripts/start.sh': SCRIPT, 'bin.dat': Buffer.from([0, 1, 2]) });
    symlinkSync('start.sh', path.join(root, 'scripts', 'again.sh'));
    const model = await directoryModel({ root });
    expect(model.read('scripts/start.sh')).toContain('echo start');
    expect(model.read('scripts/again.sh')).toBeUndefined();
    expect(model.read('bin.dat')).toBeUndefined();
  });
});

describe('path order', () => {
  // The archive's order is the byte order of the UTF-8 paths; the walk compares the strings.
  const paths = ['a', 'a/b', 'a-c', 'a.x', 'ab', 'é', 'z/é', '\u{e000}', '\u{ffff}', '\u{1f600}', '\u{10ffff}x', 'A', '', 'a/', 'a//'];

  it('is the byte order of the UTF-8 forms, surrogate pairs above the rest of the BMP', () => {
    const byBytes = [...paths].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect([...paths].sort(comparePaths)).toEqual(byBytes);
    for (const a of paths)
      for (const b of paths) expect(Math.sign(comparePaths(a, b))).toBe(Buffer.compare(Buffer.from(a), Buffer.from(b)));
  });

  it('finds each path of a sorted list, and no other', () => {
    const entries = [...paths].sort(comparePaths).map((p) => ({ path: p, type: 'file' as const, mode: 0o100644, size: 0 }));
    for (const e of entries) expect(findEntry(entries, e.path)).toBe(e);
    expect(findEntry(entries, 'a/c')).toBeUndefined();
    expect(findEntry([], 'a')).toBeUndefined();
  });
});

describe('ignoreFileFor', () => {
  it('is fixed by the target, and for auto the one present (both: .deployignore beside an appspec)', () => {
    const none = makeTree(dir(), { Procfile: 'web: node s.js\n' });
    expect(ignoreFileFor('codedeploy', none)).toBe('.deployignore');
    expect(ignoreFileFor('beanstalk', none)).toBe('.ebignore');
    expect(ignoreFileFor('auto', none)).toBeNull();
    const eb = makeTree(dir(), { '.ebignore': 'x\n', '.deployignore': 'y\n' });
    expect(ignoreFileFor('auto', eb)).toBe('.ebignore');
    const cd = makeTree(dir(), { '.ebignore': 'x\n', '.deployignore': 'y\n', 'appspec.yml': APPSPEC });
    expect(ignoreFileFor('auto', cd)).toBe('.deployignore');
  });
});

describe('a prebuilt archive in the model', () => {
  it('reads the config files and the hook scripts the appspec names, and nothing else', async () => {
    const file = path.join(dir(), 'app.zip');
    await writeZip(file, {
      'appspec.yml': APPSPEC,
      'scripts/start.sh': '#!/bin/bash\r\necho\r\n',
      'scripts/other.sh': '#!/bin/bash\necho\n',
      'README.md': 'hello',
    });
    const model = await openBundleModel(file);
    expect(model.kind).toBe('archive');
    expect(model.read('appspec.yml')).toContain('version');
    expect(model.read('scripts/start.sh')).toContain('echo');
    expect(model.read('scripts/other.sh')).toBeUndefined();
    expect(model.read('README.md')).toBeUndefined();
    expect(validateBundle(treeFromModel(model), 'codedeploy').map((f) => f.rule)).toEqual(['script/crlf']);
  });

  it('reads a hook script of a tar in a second pass', async () => {
    const root = makeTree(dir(), { 'appspec.yml': APPSPEC, 'scripts/start.sh': { content: '#!/bin/bash\r\necho\r\n', mode: 0o755 } });
    const file = path.join(dir(), 'app.tgz');
    await tar.create({ file, cwd: root, gzip: true, portable: true }, ['scripts', 'appspec.yml']);
    const model = await openBundleModel(file);
    expect(model.archiveType).toBe('tgz');
    expect(model.read('scripts/start.sh')).toContain('\r\n');
    expect(validateBundle(treeFromModel(model), 'codedeploy').map((f) => f.rule)).toEqual(['script/crlf']);
  });

  it('stops a zip bomb at the expanded-size limit with one error naming the archive and the limit', async () => {
    const file = path.join(dir(), 'bomb.zip');
    const onDisk = writeZipBomb(file, 200, 1024 ** 2);
    expect(onDisk).toBeLessThan(64 * 1024);
    const model = await readArchiveModel(file, { limits: { maxExpandedBytes: 64 * 1024 ** 2 } });
    const findings = validateBundle(treeFromModel(model), 'codedeploy');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'bomb.zip', severity: 'error', rule: 'bundle/archive-limit' });
    expect(findings[0]!.message).toMatch(/bomb\.zip expands to more than 64 MiB/);
  });

  it('stops at the entry-count limit', async () => {
    const file = path.join(dir(), 'many.zip');
    writeZipBomb(file, 50, 10);
    const model = await readArchiveModel(file, { limits: { maxEntries: 20 } });
    expect(model.problems).toEqual([
      expect.objectContaining({ kind: 'archive-limit', message: expect.stringMatching(/more than 20 entries/) }),
    ]);
  });

  it('refuses an entry that inflates past its declared size, naming it', async () => {
    const file = path.join(dir(), 'lying.zip');
    writeLyingZip(file, 100, 4 * 1024 ** 2);
    const model = await readArchiveModel(file);
    expect(model.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^appspec\.yml in lying\.zip expands beyond the 100 bytes/),
    ]);
  });

  it('stops a tar bomb at its header, before streaming the data', async () => {
    const file = path.join(dir(), 'bomb.tgz');
    writeTarBomb(file, 256 * 1024 ** 2, 16 * 1024 ** 2);
    const model = await readArchiveModel(file, { limits: { maxExpandedBytes: 32 * 1024 ** 2 } });
    expect(model.problems).toHaveLength(1);
    expect(model.problems[0]!.message).toMatch(/bomb\.tgz expands to more than 32 MiB/);
    expect(model.entries.map((e) => e.path)).toEqual(['appspec.yml']);
  });

  it('keeps a file over the per-file cap listed but unread', async () => {
    const file = path.join(dir(), 'big.zip');
    await writeZip(file, { 'appspec.yml': `${APPSPEC}#${'x'.repeat(4096)}\n` });
    const model = await readArchiveModel(file, { limits: { maxFileBytes: 1024 } });
    expect(model.entries.map((e) => e.path)).toEqual(['appspec.yml']);
    expect(model.read('appspec.yml')).toBeUndefined();
  });

  it('holds at most the content limit of text across files', async () => {
    const file = path.join(dir(), 'hooks.zip');
    const hook = `#!/bin/bash\n#${'x'.repeat(600)}\n`;
    await writeZip(file, {
      '.platform/hooks/prebuild/a.sh': hook,
      '.platform/hooks/prebuild/b.sh': hook,
      '.platform/hooks/prebuild/c.sh': hook,
    });
    const model = await readArchiveModel(file, { limits: { maxContentBytes: 1300 } });
    const read = ['a', 'b', 'c'].filter((n) => model.read(`.platform/hooks/prebuild/${n}.sh`) !== undefined);
    expect(read).toEqual(['a', 'b']);
    expect(model.entries).toHaveLength(3);
  });

  it('readPrebuilt reuses a model already read', async () => {
    const file = path.join(dir(), 'app.zip');
    await writeZip(file, { 'appspec.yml': APPSPEC });
    const model = await readArchiveModel(file);
    const p = await readPrebuilt(file, undefined, model);
    expect(p.model).toBe(model);
    expect(p.list).toBe(model.entries);
  });

  it('reports a name with a newline inside an archive, escaped', async () => {
    const file = path.join(dir(), 'names.zip');
    await writeZip(file, { 'appspec.yml': APPSPEC, 'scripts/start.sh': '#!/bin/bash\n', 'logs/a\nb.txt': 'x' });
    const findings = validateBundle(treeFromModel(await readArchiveModel(file)), 'codedeploy');
    expect(findings.map((f) => [f.rule, f.file])).toEqual([['bundle/name-control-character', 'logs/a\\nb.txt']]);
  });

  it('reports a path that climbs out of the archive', async () => {
    const root = dir();
    mkdirSync(path.join(root, 'a'));
    const file = path.join(root, 'slip.tar');
    // tar strips '..' unless told to keep paths as written.
    await tar.create({ file, cwd: path.join(root, 'a'), preservePaths: true, portable: true }, ['../a']);
    const model = await readArchiveModel(file);
    expect(model.problems.map((p) => p.kind)).toContain('name-unsafe');
  });
});
