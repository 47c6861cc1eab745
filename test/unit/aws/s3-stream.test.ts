// The archive streams into S3 as it is written: parts go out while later bytes are produced, and
// a failure or a cancel leaves no object and no multipart upload behind. Against the emulator's
// S3 (s3rver behind the front, which lists and aborts multipart uploads as S3 does).
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HeadObjectCommand, ListMultipartUploadsCommand, GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { createClient } from '../../../src/aws/clients.js';
import { streamRevision, uploadRevision } from '../../../src/aws/s3-upload.js';
import { startEmulator, type Emulator } from '../../emulator/index.js';

const MiB = 1024 * 1024;
const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

describe('streamRevision (emulator S3)', () => {
  const saved = { ...process.env };
  let emu: Emulator;
  let s3: S3Client;

  beforeAll(async () => {
    emu = await startEmulator({ scenario: { s3: { buckets: ['b'] } } });
    Object.assign(process.env, emu.env, { AWS_EC2_METADATA_DISABLED: 'true' });
    s3 = await createClient('s3', { maxAttempts: 1 });
  });
  afterAll(async () => {
    s3?.destroy();
    await emu?.close();
    process.env = saved;
  });
  beforeEach(() => {
    emu.faults.clear();
    emu.calls.reset();
  });

  const openUploads = async (): Promise<number> => (await s3.send(new ListMultipartUploadsCommand({ Bucket: 'b' }))).Uploads?.length ?? 0;
  const exists = (key: string): Promise<boolean> =>
    s3.send(new HeadObjectCommand({ Bucket: 'b', Key: key })).then(
      () => true,
      () => false,
    );
  const target = (digest: string) => ({ bucket: 'b', prefix: 'rev', name: 'app', digest, extension: 'zip', partSize: 5 * MiB });

  /** Write `bytes` in 256 KiB chunks, honouring backpressure, then end. */
  async function writeAll(sink: NodeJS.WritableStream, bytes: Buffer): Promise<void> {
    for (let at = 0; at < bytes.length; at += 256 * 1024) {
      if (!sink.write(bytes.subarray(at, at + 256 * 1024))) await once(sink, 'drain'); // rejects on 'error'
    }
    await new Promise<void>((resolve, reject) => {
      sink.once('error', reject);
      sink.end(() => resolve());
    });
  }

  it('sends parts while writing and completes with the multipart ETag; the manifest records the sha256', async () => {
    const bytes = randomBytes(12 * MiB + 7);
    const stream = streamRevision(s3, { ...target('1'.repeat(64)), queueSize: 2 });
    await writeAll(stream.sink, bytes);
    const res = await stream.finish(sha(bytes), bytes.length);
    expect(res).toMatchObject({ key: `rev/app-${'1'.repeat(64)}.zip`, uploaded: true, bytes: bytes.length, sha256: sha(bytes) });
    expect(res.etag).toMatch(/^[0-9a-f]{32}-3$/);
    const got = await s3.send(new GetObjectCommand({ Bucket: 'b', Key: res.key }));
    expect(Buffer.from(await got.Body!.transformToByteArray()).equals(bytes)).toBe(true);
    expect(emu.calls.count('s3:UploadPart')).toBe(3);
    expect(await openUploads()).toBe(0);
  });

  it('sends an archive smaller than one part as one PutObject (no multipart upload)', async () => {
    const bytes = randomBytes(100_000);
    const stream = streamRevision(s3, target('2'.repeat(64)));
    await writeAll(stream.sink, bytes);
    const res = await stream.finish(sha(bytes), bytes.length);
    expect(res.etag).toBe(createHash('md5').update(bytes).digest('hex'));
    expect(emu.calls.count('s3:CreateMultipartUpload')).toBe(0);
    expect(emu.calls.count('s3:PutObject')).toBe(2); // the archive and its manifest
  });

  it("a writer's failure mid-stream aborts the upload: no object, no upload left, the writer's error kept", async () => {
    const stream = streamRevision(s3, target('3'.repeat(64)));
    await new Promise<void>((resolve) => stream.sink.write(randomBytes(11 * MiB), () => resolve()));
    const err = await stream.fail(new Error('app.js changed size while it was being bundled'));
    expect(err.message).toBe('app.js changed size while it was being bundled');
    expect(emu.calls.count('s3:CreateMultipartUpload')).toBe(1);
    expect(emu.calls.count('s3:AbortMultipartUpload')).toBe(1);
    expect(await openUploads()).toBe(0);
    expect(await exists(stream.key)).toBe(false);
  });

  it('a cancel while a part hangs aborts at once: no object, no upload left, said as a cancel', async () => {
    emu.faults.add({ type: 'hang', service: 's3', operation: 'UploadPart', after: 1 });
    const ac = new AbortController();
    const stream = streamRevision(s3, { ...target('4'.repeat(64)), signal: ac.signal, queueSize: 1 });
    const writing = writeAll(stream.sink, randomBytes(16 * MiB)).catch((e: unknown) => e);
    const started = Date.now();
    while (!emu.calls.records.some((c) => c.fault === 'hang')) await new Promise((r) => setTimeout(r, 20));
    ac.abort(new Error('cancelled'));
    expect(await writing).toBeInstanceOf(Error);
    const err = await stream.fail(await writing);
    expect(Date.now() - started).toBeLessThan(30_000); // not the socket timeout
    expect(err.message).toMatch(/^Cancelled while uploading the revision to s3:\/\/b\/rev\/app-4+\.zip/);
    expect(await openUploads()).toBe(0);
    expect(await exists(stream.key)).toBe(false);
  }, 40_000);

  it('an S3 error on a part is explained, and the upload is aborted', async () => {
    emu.faults.add({ type: 'refuse', service: 's3', operation: 'UploadPart', status: 403, code: 'AccessDenied', after: 1, count: 1 });
    const stream = streamRevision(s3, target('5'.repeat(64)));
    const writing = await writeAll(stream.sink, randomBytes(16 * MiB)).catch((e: unknown) => e);
    const err = await stream.fail(writing);
    expect(err.message).toMatch(/^Access denied uploading to S3 bucket 'b'/);
    expect(await openUploads()).toBe(0);
    expect(await exists(stream.key)).toBe(false);
  });

  it('a file is read into the parts as they go; a cancel while a part hangs leaves no object and no upload', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hookline-stream-'));
    try {
      const file = path.join(dir, 'prebuilt.zip');
      const bytes = randomBytes(11 * MiB + 5);
      writeFileSync(file, bytes);
      const opts = { bucket: 'b', prefix: 'file', name: 'app', file, sha256: sha(bytes), extension: 'zip', partSize: 5 * MiB };
      const res = await uploadRevision(s3, opts);
      const got = await s3.send(new GetObjectCommand({ Bucket: 'b', Key: res.key }));
      expect(Buffer.from(await got.Body!.transformToByteArray()).equals(bytes)).toBe(true);
      expect([res.etag.endsWith('-3'), emu.calls.count('s3:UploadPart'), await openUploads()]).toEqual([true, 3, 0]);

      emu.faults.add({ type: 'hang', service: 's3', operation: 'UploadPart', after: 1 });
      const ac = new AbortController();
      const other = { ...opts, sha256: '6'.repeat(64), signal: ac.signal, queueSize: 1 };
      const uploading = uploadRevision(s3, other).catch((e: unknown) => e);
      while (!emu.calls.records.some((c) => c.fault === 'hang')) await new Promise((r) => setTimeout(r, 20));
      ac.abort(new Error('cancelled'));
      expect(((await uploading) as Error).message).toMatch(/^Cancelled while uploading the revision to s3:\/\/b\/file\/app-6+\.zip/);
      expect(await openUploads()).toBe(0);
      expect(await exists(`file/app-${'6'.repeat(64)}.zip`)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 40_000);
});
