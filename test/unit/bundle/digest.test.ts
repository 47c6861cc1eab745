// The tree digest names the archive before it is built: the same tree gives the same digest and
// the same archive bytes; any change to what the archive holds, or to its format, changes it.
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildBundle, directoryModel, zipFormat } from '../../../src/bundle/index.js';
import { contentHash, hashTree, treeDigest, HASH_BLOCK } from '../../../src/bundle/digest.js';
import { cleanup, makeTree, tempDir } from './helpers.js';

const APPSPEC = 'version: 0.0\nos: linux\n';
const sha = (b: Uint8Array): Buffer => createHash('sha256').update(b).digest();

describe('tree digest', () => {
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

  const tree = (root: string): string =>
    makeTree(root, {
      'appspec.yml': APPSPEC,
      'scripts/start.sh': { content: '#!/bin/sh\necho start\n', mode: 0o755 },
      'app/index.js': 'console.log(1);\n'.repeat(500),
      'app/logo.png': Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 131) & 255)),
      'app/link': { symlink: 'index.js' },
    });

  const digestOf = async (root: string): Promise<string> => (await directoryModel({ root, digest: true })).treeDigest!();

  it('the same tree twice gives the same digest and byte-identical archives', async () => {
    const root = tree(dir());
    const out = dir();
    const a = await buildBundle({ root, requireAppspec: true, outFile: path.join(out, 'a.zip') });
    // mtimes are not part of the archive, so touching every file changes nothing.
    utimesSync(path.join(root, 'app', 'index.js'), new Date(2001, 1, 1), new Date(2001, 1, 1));
    const b = await buildBundle({ root, requireAppspec: true, outFile: path.join(out, 'b.zip') });
    expect(a.treeDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(b.treeDigest).toBe(a.treeDigest);
    expect(readFileSync(b.file).equals(readFileSync(a.file))).toBe(true);
    expect(await digestOf(root)).toBe(a.treeDigest);
  });

  it('a copy of the tree elsewhere has the same digest (paths are relative to the root)', async () => {
    expect(await digestOf(tree(dir()))).toBe(await digestOf(tree(dir())));
  });

  it('changes with the content, the mode, a name and a link target', async () => {
    const root = tree(dir());
    const seen = new Set([await digestOf(root)]);
    writeFileSync(path.join(root, 'app', 'index.js'), 'console.log(2);\n'.repeat(500)); // same size, other bytes
    seen.add(await digestOf(root));
    chmodSync(path.join(root, 'app', 'index.js'), 0o755);
    seen.add(await digestOf(root));
    makeTree(root, { 'app/other.js': '' });
    seen.add(await digestOf(root));
    cleanup(path.join(root, 'app', 'link'));
    makeTree(root, { 'app/link': { symlink: 'other.js' } });
    seen.add(await digestOf(root));
    expect(seen.size).toBe(5);
  });

  it('a bump of the archive format version changes the digest of the same entries', async () => {
    const model = await directoryModel({ root: tree(dir()) });
    const v1 = await hashTree(model.root, model.entries, zipFormat(6, 1 << 20, 1));
    expect(await hashTree(model.root, model.entries, zipFormat(6, 1 << 20, 2))).not.toBe(v1);
    expect(await hashTree(model.root, model.entries, zipFormat(9, 1 << 20, 1))).not.toBe(v1);
    expect(await hashTree(model.root, model.entries, zipFormat(6, 1 << 20, 1))).toBe(v1);
  });

  it('hashes on worker threads past 4 MiB: a one-block file by its sha256, a larger one by its blocks', async () => {
    const big = randomBytes(2 * HASH_BLOCK + 12_345);
    const small = randomBytes(5000);
    const filler = randomBytes(3 * HASH_BLOCK);
    const root = makeTree(dir(), { 'big.bin': big, 'small.bin': small, 'filler.bin': filler, 'd/link': { symlink: '../small.bin' } });
    const model = await directoryModel({ root });
    const blocksOf = (b: Buffer): Buffer[] =>
      Array.from({ length: Math.ceil(b.length / HASH_BLOCK) }, (_, i) => sha(b.subarray(i * HASH_BLOCK, (i + 1) * HASH_BLOCK)));
    const bigBlocks = blocksOf(big);
    expect(contentHash(bigBlocks)).toBe(sha(Buffer.concat(bigBlocks)).toString('hex'));
    const expected = new Map([
      ['big.bin', contentHash(bigBlocks)],
      ['small.bin', sha(small).toString('hex')],
      ['filler.bin', contentHash(blocksOf(filler))],
    ]);
    const format = zipFormat();
    expect(await hashTree(model.root, model.entries, format, 2)).toBe(treeDigest(model.entries, expected, format));
  });

  it('many files in batches on two workers (finishing out of order), folders between them, fold in archive order', async () => {
    const files: Record<string, Buffer> = {};
    for (let i = 0; i < 700; i++) files[`m${i % 7}/s${i % 3}/f${i}.txt`] = randomBytes(7000 + i);
    const root = makeTree(dir(), files);
    const model = await directoryModel({ root });
    const expected = new Map(Object.entries(files).map(([p, b]) => [p, sha(b).toString('hex')]));
    const format = zipFormat();
    expect(await hashTree(model.root, model.entries, format, 2)).toBe(treeDigest(model.entries, expected, format));
  });

  it('names a file that vanished before it was hashed', async () => {
    const root = tree(dir());
    const model = await directoryModel({ root });
    cleanup(path.join(root, 'app', 'index.js'));
    await expect(model.treeDigest!()).rejects.toThrow(/Could not read app\/index\.js to hash it: it was removed/);
  });
});
