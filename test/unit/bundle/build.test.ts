import { createHash, randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { buildBundle, BundleError } from '../../../src/bundle/index.js';
import { cleanup, makeTree, readZip, tempDir } from './helpers.js';

const APPSPEC = 'version: 0.0\nos: linux\nhooks:\n  ApplicationStart:\n    - location: scripts/start.sh\n';
const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

describe('buildBundle', () => {
  let dirs: string[] = [];
  const dir = (): string => {
    const d = tempDir();
    dirs.push(d);
    return d;
  };
  afterEach(() => {
    cleanup(...dirs);
    dirs = [];
  });

  function sampleTree(root: string): string {
    return makeTree(root, {
      'appspec.yml': APPSPEC,
      'scripts/start.sh': { content: '#!/bin/sh\necho start\n', mode: 0o755 },
      'scripts/stop.sh': { content: '#!/bin/sh\necho stop\n', mode: 0o750 },
      'app/index.js': 'console.log("hello");\n'.repeat(200),
      'app/empty.txt': '',
      'app/logo.png': randomBytes(3000),
      logs: { dir: true, mode: 0o775 },
      'a-b.txt': 'sorts before a/ in byte order',
      'a/x.txt': 'x',
    });
  }

  it('writes byte-identical archives for one tree, named by their sha256', async () => {
    const root = sampleTree(dir());
    const out = dir();
    const a = await buildBundle({ root, requireAppspec: true, outFile: path.join(out, 'a.zip') });
    const b = await buildBundle({ root, requireAppspec: true, outFile: path.join(out, 'b.zip') });
    const bytesA = readFileSync(a.file);
    expect(bytesA.equals(readFileSync(b.file))).toBe(true);
    expect(a.sha256).toBe(b.sha256);
    expect(a.sha256).toBe(sha(bytesA));
    expect(a.size).toBe(bytesA.length);
    expect(a.bundleType).toBe('zip');
    expect(a.entries).toBe(a.list.length);
  });

  it('keeps entries in byte order of their paths, with directories and empty files', async () => {
    const root = sampleTree(dir());
    const b = await buildBundle({ root, requireAppspec: true, outFile: path.join(dir(), 'b.zip') });
    const names = (await readZip(b.file)).map((e) => e.name);
    expect(names).toEqual([
      'a-b.txt',
      'a/',
      'a/x.txt',
      'app/',
      'app/empty.txt',
      'app/index.js',
      'app/logo.png',
      'appspec.yml',
      'logs/',
      'scripts/',
      'scripts/start.sh',
      'scripts/stop.sh',
    ]);
    expect(b.list.map((e) => e.path)).toEqual(names);
  });

  it('keeps unix modes: a 0755 hook script reads back as 0755', async () => {
    const root = sampleTree(dir());
    const b = await buildBundle({ root, requireAppspec: true, outFile: path.join(dir(), 'b.zip') });
    const byName = new Map((await readZip(b.file)).map((e) => [e.name, e]));
    expect(byName.get('scripts/start.sh')!.mode).toBe(0o100755);
    expect(byName.get('scripts/stop.sh')!.mode).toBe(0o100750);
    expect(byName.get('appspec.yml')!.mode).toBe(0o100644);
    expect(byName.get('logs/')!.mode).toBe(0o40775);
    expect(byName.get('app/empty.txt')!.data.length).toBe(0);
    expect(byName.get('scripts/start.sh')!.madeBy >> 8).toBe(3); // made by UNIX: modes are meaningful
  });

  it('stores already-compressed and tiny files, deflates the rest, and round-trips contents', async () => {
    const root = sampleTree(dir());
    const b = await buildBundle({ root, requireAppspec: true, outFile: path.join(dir(), 'b.zip') });
    const byName = new Map((await readZip(b.file)).map((e) => [e.name, e]));
    expect(byName.get('app/logo.png')!.method).toBe(0);
    expect(byName.get('a/x.txt')!.method).toBe(0);
    expect(byName.get('app/index.js')!.method).toBe(8);
    for (const e of byName.values()) {
      if (!e.name.endsWith('/')) expect(e.data.equals(readFileSync(path.join(root, e.name)))).toBe(true);
    }
  });

  it('is accepted by Info-ZIP (unzip -t) and unzip -Z shows the modes', async () => {
    const root = sampleTree(dir());
    makeTree(root, { 'scripts/link.sh': { symlink: 'start.sh' } });
    const b = await buildBundle({ root, requireAppspec: true, outFile: path.join(dir(), 'b.zip') });
    expect(execFileSync('unzip', ['-tq', b.file]).toString()).toMatch(/No errors detected/);
    const listing = execFileSync('unzip', ['-Z', b.file]).toString();
    expect(listing).toMatch(/^-rwxr-xr-x .* scripts\/start\.sh$/m);
    expect(listing).toMatch(/^-rwxr-x--- .* scripts\/stop\.sh$/m);
    expect(listing).toMatch(/^lrwxrwxrwx .* scripts\/link\.sh$/m);
    expect(listing).toMatch(/^drwxrwxr-x .* logs\/$/m);
    const x = dir();
    execFileSync('unzip', ['-q', b.file, '-d', x]);
    expect(readFileSync(path.join(x, 'scripts/link.sh'), 'utf8')).toContain('echo start');
  });

  it('honours .deployignore, include/exclude globs, and always leaves .git out', async () => {
    const root = makeTree(dir(), {
      'appspec.yml': APPSPEC,
      '.deployignore': 'node_modules/\n*.log\n!keep.log\n',
      'node_modules/x/index.js': 'x',
      'debug.log': 'no',
      'keep.log': 'yes',
      '.git/HEAD': 'ref: refs/heads/main\n',
      'sub/.git': 'gitdir: ../.git/modules/sub\n',
      'src/a.ts': 'a',
      'src/a.test.ts': 't',
      'docs/readme.md': 'd',
    });
    const b = await buildBundle({
      root,
      ignoreFile: '.deployignore',
      exclude: ['**/*.test.ts', 'docs/**'],
      requireAppspec: true,
      outFile: path.join(dir(), 'b.zip'),
    });
    expect(b.list.map((e) => e.path)).toEqual(['.deployignore', 'appspec.yml', 'keep.log', 'src/', 'src/a.ts', 'sub/']);
  });

  it('reads .ebignore for Beanstalk and include globs select files', async () => {
    const root = makeTree(dir(), {
      '.ebignore': 'tmp/\n',
      'tmp/cache': 'c',
      Procfile: 'web: node app.js\n',
      'app.js': 'a',
      'README.md': 'r',
    });
    const b = await buildBundle({
      root,
      ignoreFile: '.ebignore',
      include: ['*.js', 'Procfile'],
      requireAppspec: false,
      outFile: path.join(dir(), 'b.zip'),
    });
    expect(b.list.map((e) => e.path)).toEqual(['Procfile', 'app.js']);
  });

  it('stores a symlink that stays inside the root as a symlink entry', async () => {
    const root = makeTree(dir(), {
      'appspec.yml': APPSPEC,
      'config/real.conf': 'x=1\n',
      'current.conf': { symlink: 'config/real.conf' },
      'config/dir-link': { symlink: '.' },
    });
    const b = await buildBundle({ root, requireAppspec: true, outFile: path.join(dir(), 'b.zip') });
    const byName = new Map((await readZip(b.file)).map((e) => [e.name, e]));
    expect(byName.get('current.conf')!.mode).toBe(0o120777);
    expect(byName.get('current.conf')!.data.toString()).toBe('config/real.conf');
    expect(byName.get('config/dir-link')!.data.toString()).toBe('.');
  });

  it('refuses a symlink that leads out of the root, naming the link and its target', async () => {
    const outside = dir();
    writeFileSync(path.join(outside, 'secret'), 's');
    const rel = makeTree(dir(), { 'appspec.yml': APPSPEC, 'sub/leak': { symlink: '../../x/../' } });
    await expect(buildBundle({ root: rel, requireAppspec: true, outFile: path.join(dir(), 'b.zip') })).rejects.toThrow(
      /Symlink sub\/leak points outside the bundle root, to \.\.\/\.\.\/x\/\.\.\//,
    );
    const abs = makeTree(dir(), { 'appspec.yml': APPSPEC, leak: { symlink: path.join(outside, 'secret') } });
    const err = await buildBundle({ root: abs, requireAppspec: true, outFile: path.join(dir(), 'b.zip') }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BundleError);
    expect((err as BundleError).message).toContain(`Symlink leak points to the absolute path ${path.join(outside, 'secret')}`);
    expect((err as BundleError).file).toBe('leak');
    // A link inside the root that chains to one outside is refused too.
    const chain = makeTree(dir(), { 'appspec.yml': APPSPEC, hop: { symlink: 'out' }, out: { symlink: path.relative(abs, outside) } });
    await expect(buildBundle({ root: chain, requireAppspec: true, outFile: path.join(dir(), 'b.zip') })).rejects.toThrow(
      /outside the bundle root/,
    );
  });

  it('requires appspec.yml at the root for CodeDeploy and says where it found one', async () => {
    const nested = makeTree(dir(), { 'app/appspec.yml': APPSPEC, 'app/x.sh': 'x' });
    await expect(buildBundle({ root: nested, requireAppspec: true, outFile: path.join(dir(), 'b.zip') })).rejects.toThrow(
      'appspec.yml must be at the root of the bundle, but it is at app/appspec.yml; set `path: app`',
    );
    const cased = makeTree(dir(), { 'AppSpec.yml': APPSPEC });
    await expect(buildBundle({ root: cased, requireAppspec: true, outFile: path.join(dir(), 'b.zip') })).rejects.toThrow(
      /rename it to appspec.yml/,
    );
    const none = makeTree(dir(), { 'index.html': 'x' });
    await expect(buildBundle({ root: none, requireAppspec: true, outFile: path.join(dir(), 'b.zip') })).rejects.toThrow(
      /No appspec.yml at the root/,
    );
    const ignored = makeTree(dir(), { 'appspec.yml': APPSPEC, '.deployignore': 'appspec.yml\n' });
    await expect(
      buildBundle({ root: ignored, ignoreFile: '.deployignore', requireAppspec: true, outFile: path.join(dir(), 'b.zip') }),
    ).rejects.toThrow(/leave it out of the bundle/);
    expect(existsSync(path.join(dir(), 'b.zip'))).toBe(false);
    const json = makeTree(dir(), { 'appspec.json': '{}' });
    await expect(buildBundle({ root: json, requireAppspec: true, outFile: path.join(dir(), 'b.zip') })).resolves.toMatchObject({
      entries: 1,
    });
  });

  it('does not bundle its own output when it is written inside the root', async () => {
    const root = sampleTree(dir());
    const a = await buildBundle({ root, requireAppspec: true, outFile: path.join(root, 'bundle.zip') });
    const b = await buildBundle({ root, requireAppspec: true, outFile: path.join(root, 'bundle.zip') });
    expect(a.list.some((e) => e.path.startsWith('bundle.zip'))).toBe(false);
    expect(b.sha256).toBe(a.sha256);
  });

  it('refuses what a zip cannot hold (a named pipe), naming it', async () => {
    const root = makeTree(dir(), { 'appspec.yml': APPSPEC });
    execFileSync('mkfifo', [path.join(root, 'pipe')]);
    await expect(buildBundle({ root, requireAppspec: true, outFile: path.join(dir(), 'b.zip') })).rejects.toThrow(
      'pipe is not a regular file, directory or symlink; a bundle cannot hold it. Exclude it.',
    );
    await expect(buildBundle({ root, exclude: ['pipe'], requireAppspec: true, outFile: path.join(dir(), 'b.zip') })).resolves.toMatchObject(
      { entries: 1 },
    );
  });

  it('stops when aborted and leaves no partial archive behind', async () => {
    const root = sampleTree(dir());
    const out = dir();
    const ac = new AbortController();
    ac.abort(new Error('cancelled'));
    await expect(buildBundle({ root, requireAppspec: true, outFile: path.join(out, 'b.zip'), signal: ac.signal })).rejects.toThrow(
      'cancelled',
    );
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses a root that is not a directory, naming it', async () => {
    const d = dir();
    mkdirSync(path.join(d, 'x'));
    await expect(buildBundle({ root: path.join(d, 'missing'), requireAppspec: false, outFile: path.join(d, 'b.zip') })).rejects.toThrow(
      /Bundle root .*missing is not a readable directory/,
    );
  });
});
