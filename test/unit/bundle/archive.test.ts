import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as tar from 'tar';
import { buildBundle, detectBundleType, readPrebuilt } from '../../../src/bundle/index.js';
import { cleanup, makeTree, tempDir } from './helpers.js';

describe('readPrebuilt', () => {
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

  it('takes the type from the content, not the name: a zip named .tgz is a zip', async () => {
    const root = makeTree(dir(), { 'appspec.yml': 'version: 0.0\nos: linux\n', 'run.sh': { content: '#!/bin/sh\n', mode: 0o755 } });
    const built = await buildBundle({ root, requireAppspec: true, outFile: path.join(dir(), 'a.zip') });
    const misnamed = path.join(dir(), 'release.tgz');
    copyFileSync(built.file, misnamed);
    const p = await readPrebuilt(misnamed);
    expect(p).toMatchObject({ file: misnamed, bundleType: 'zip', sha256: built.sha256, size: built.size, entries: 2 });
    expect(p.list.find((e) => e.path === 'run.sh')!.mode).toBe(0o100755);
  });

  it('recognises tar and gzipped tar, listing their modes', async () => {
    const root = makeTree(dir(), { 'appspec.yml': 'version: 0.0\n', 'scripts/go.sh': { content: '#!/bin/sh\n', mode: 0o755 } });
    const out = dir();
    const tarFile = path.join(out, 'b.zip'); // name lies on purpose
    const tgzFile = path.join(out, 'c.tar');
    await tar.create({ file: tarFile, cwd: root, portable: true }, ['appspec.yml', 'scripts']);
    await tar.create({ file: tgzFile, cwd: root, gzip: true, portable: true }, ['appspec.yml', 'scripts']);
    const t = await readPrebuilt(tarFile);
    expect(t.bundleType).toBe('tar');
    expect(t.sha256).toBe(createHash('sha256').update(readFileSync(tarFile)).digest('hex'));
    expect(t.list.find((e) => e.path === 'scripts/go.sh')!.mode).toBe(0o100755);
    expect((await readPrebuilt(tgzFile)).bundleType).toBe('tgz');
  });

  it('refuses what is not an archive, saying what it found and what is accepted', async () => {
    const f = path.join(dir(), 'app.zip');
    writeFileSync(f, 'just text');
    await expect(readPrebuilt(f)).rejects.toThrow(
      /app\.zip is not an archive hookline can deploy: it starts with the bytes 6a75737420746578.*a zip/,
    );
    await expect(readPrebuilt(path.join(dir(), 'nope.zip'))).rejects.toThrow(/Could not read the archive/);
  });

  it('detects by magic bytes', () => {
    expect(detectBundleType(Buffer.from([0x50, 0x4b, 0x03, 0x04]))).toBe('zip');
    expect(detectBundleType(Buffer.from([0x1f, 0x8b, 0x08]))).toBe('tgz');
    const t = Buffer.alloc(512);
    t.write('ustar', 257, 'latin1');
    expect(detectBundleType(t)).toBe('tar');
    expect(detectBundleType(Buffer.from('PK'))).toBeNull();
  });
});
