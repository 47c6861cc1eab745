// A folder to S3 in one pass, against the emulator's S3: the object streamed under the tree
// digest's key holds exactly the bytes `hookline bundle` writes for that tree; an unchanged tree
// is found and nothing is built or sent; a changed file gives a new key.
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GetObjectCommand, ListMultipartUploadsCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { createClient } from '../../../src/aws/clients.js';
import { buildBundle, directoryModel } from '../../../src/bundle/index.js';
import { bundleAndUpload } from '../../../src/flows/bundle-upload.js';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { cleanup, makeTree, tempDir } from '../bundle/helpers.js';
import { MIN_PART } from '../../../src/aws/s3-multipart.js';

describe('bundleAndUpload (emulator S3)', () => {
  const saved = { ...process.env };
  let emu: Emulator;
  let s3: S3Client;
  const dirs: string[] = [];
  const dir = (): string => {
    const d = tempDir();
    dirs.push(d);
    return d;
  };

  beforeAll(async () => {
    emu = await startEmulator({ scenario: { s3: { buckets: ['releases'] } } });
    Object.assign(process.env, emu.env, { AWS_EC2_METADATA_DISABLED: 'true' });
    s3 = await createClient('s3', { maxAttempts: 1 });
  });
  afterAll(async () => {
    s3?.destroy();
    await emu?.close();
    cleanup(...dirs);
    process.env = saved;
  });

  const app = (root: string, big = false): string =>
    makeTree(root, {
      'appspec.yml': 'version: 0.0\nos: linux\n',
      'scripts/start.sh': { content: '#!/bin/sh\necho start\n', mode: 0o755 },
      'app/index.js': 'console.log("hello");\n'.repeat(300),
      ...(big ? { 'app/photo.jpg': randomBytes(11 * 1024 * 1024), 'app/data.txt': 'line of text\n'.repeat(200_000) } : {}),
    });

  const run = async (root: string) =>
    bundleAndUpload(s3, {
      model: await directoryModel({ root, ignoreFile: '.deployignore', digest: true }),
      requireAppspec: true,
      bucket: 'releases',
      prefix: 'hookline',
      name: 'shop',
    });

  const stored = async (key: string): Promise<Buffer> =>
    Buffer.from(await (await s3.send(new GetObjectCommand({ Bucket: 'releases', Key: key }))).Body!.transformToByteArray());

  it.each([
    ['one PutObject', false],
    ['a multipart upload', true],
  ])('streams (%s) exactly the archive `hookline bundle` writes, under the tree digest', async (_, big) => {
    const root = app(dir(), big);
    const file = await buildBundle({ root, ignoreFile: '.deployignore', requireAppspec: true, outFile: path.join(dir(), 'rev.zip') });
    emu.calls.reset();
    const up = await run(root);
    expect(up).toMatchObject({ uploaded: true, treeDigest: file.treeDigest, sha256: file.sha256, size: file.size, entries: file.entries });
    expect(up.key).toBe(`hookline/shop-${file.treeDigest}.zip`);
    expect((await stored(up.key)).equals(readFileSync(file.file))).toBe(true);
    expect(emu.calls.count('s3:CreateMultipartUpload')).toBe(big ? 1 : 0);
    if (big) expect(up.etag).toMatch(new RegExp(`-${Math.ceil(file.size / MIN_PART)}$`));
  });

  it('an unchanged tree is found: nothing built or sent, the sha256 and ETag read back', async () => {
    const root = app(dir());
    const first = await run(root);
    emu.calls.reset();
    const again = await run(root);
    expect(again).toMatchObject({ uploaded: false, bytes: 0, key: first.key, etag: first.etag, sha256: first.sha256, entries: null });
    const writes = ['PutObject', 'CreateMultipartUpload', 'UploadPart'].map((op) => emu.calls.count(`s3:${op}`));
    expect(writes).toEqual([0, 0, 0]);
    expect(emu.calls.count('s3:HeadObject')).toBe(1);
  });

  it('a changed file gives a new key', async () => {
    const root = app(dir());
    const first = await run(root);
    writeFileSync(path.join(root, 'app', 'index.js'), 'console.log("changed");\n');
    const second = await run(root);
    expect(second.uploaded).toBe(true);
    expect(second.key).not.toBe(first.key);
    expect(second.treeDigest).not.toBe(first.treeDigest);
  });

  it("a stream past maxBytes fails with the caller's error and leaves no object and no multipart upload", async () => {
    const root = app(dir(), true);
    const tooLarge = (n: number) => new Error(`over the limit at ${n} bytes`);
    await expect(
      bundleAndUpload(s3, {
        model: await directoryModel({ root, ignoreFile: '.deployignore', digest: true }),
        requireAppspec: true,
        bucket: 'releases',
        prefix: 'capped',
        name: 'shop',
        maxBytes: { limit: 9 * 1024 * 1024, error: tooLarge },
      }),
    ).rejects.toThrow(/over the limit at \d+ bytes/);
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: 'releases', Prefix: 'capped/' }));
    expect(listed.KeyCount ?? 0).toBe(0);
    const uploads = await s3.send(new ListMultipartUploadsCommand({ Bucket: 'releases', Prefix: 'capped/' }));
    expect(uploads.Uploads ?? []).toEqual([]);
  });
});
