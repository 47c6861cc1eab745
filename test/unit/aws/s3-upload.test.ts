// Upload against a real S3 implementation (s3rver) on loopback, reached the way production
// reaches AWS: the client factory, with the endpoint from AWS_ENDPOINT_URL_S3.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { createClient } from '../../../src/aws/clients.js';
import { DIGEST_METADATA, manifestKey, revisionKey, uploadRevision, UploadError } from '../../../src/aws/s3-upload.js';

interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
const S3rver = createRequire(import.meta.url)('s3rver') as new (opts: Record<string, unknown>) => S3rverInstance;

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

describe('uploadRevision (s3rver)', () => {
  const saved = { ...process.env };
  let work: string;
  let server: S3rverInstance;
  let s3: S3Client;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'hookline-s3-'));
    server = new S3rver({
      port: 0,
      address: '127.0.0.1',
      silent: true,
      directory: path.join(work, 's3'),
      configureBuckets: [{ name: 'b' }],
    });
    const addr = await server.run();
    Object.assign(process.env, {
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      AWS_REGION: 'us-east-1',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_ENDPOINT_URL_S3: `http://127.0.0.1:${addr.port}`,
    });
    s3 = await createClient('s3', { maxAttempts: 2 });
  });

  afterAll(async () => {
    s3?.destroy();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
    process.env = saved;
  });

  async function download(key: string): Promise<Buffer> {
    const out = await s3.send(new GetObjectCommand({ Bucket: 'b', Key: key }));
    return Buffer.from(await out.Body!.transformToByteArray());
  }

  it('uploads under the content-addressed key with its manifest, then skips the same content (0 bytes)', async () => {
    const bytes = randomBytes(300_000);
    const file = path.join(work, 'small.zip');
    writeFileSync(file, bytes);
    const opts = { bucket: 'b', prefix: '/revisions/', name: 'my app', file, sha256: sha(bytes), extension: 'zip' };
    const first = await uploadRevision(s3, opts);
    expect(first).toMatchObject({ bucket: 'b', key: `revisions/my-app-${sha(bytes)}.zip`, uploaded: true, bytes: bytes.length });
    expect(first.etag).toMatch(/^[0-9a-f-]+$/); // no quotes
    expect((await download(first.key)).equals(bytes)).toBe(true);
    const head = await s3.send(new HeadObjectCommand({ Bucket: 'b', Key: first.key }));
    expect(head.Metadata?.[DIGEST_METADATA]).toBe(sha(bytes));
    expect(JSON.parse((await download(manifestKey(first.key))).toString('utf8'))).toEqual({
      hookline: 1,
      digest: sha(bytes),
      sha256: sha(bytes),
      size: bytes.length,
      etag: first.etag,
    });

    const second = await uploadRevision(s3, opts);
    expect(second).toEqual({
      bucket: 'b',
      key: first.key,
      etag: first.etag,
      sha256: sha(bytes),
      size: bytes.length,
      uploaded: false,
      bytes: 0,
    });
  });

  it('uploads in parts when the file spans several, and the bytes come back equal', async () => {
    const bytes = randomBytes(12 * 1024 * 1024 + 123); // three 5 MiB parts
    const file = path.join(work, 'big.zip');
    writeFileSync(file, bytes);
    const res = await uploadRevision(s3, {
      bucket: 'b',
      prefix: '',
      name: 'app',
      file,
      sha256: sha(bytes),
      extension: 'zip',
      partSize: 5 * 1024 * 1024,
      queueSize: 2,
    });
    expect(res).toMatchObject({ key: `app-${sha(bytes)}.zip`, uploaded: true, bytes: bytes.length });
    expect((await download(res.key)).equals(readFileSync(file))).toBe(true);
    const again = await uploadRevision(s3, { bucket: 'b', prefix: '', name: 'app', file, sha256: sha(bytes), extension: 'zip' });
    expect(again).toMatchObject({ uploaded: false, bytes: 0, etag: res.etag });
  }, 60_000);

  it('uploads again when the object under the key no longer matches its manifest, or has none', async () => {
    const bytes = Buffer.from('real content');
    const file = path.join(work, 'x.zip');
    writeFileSync(file, bytes);
    const opts = { bucket: 'b', prefix: 'p', name: 'n', file, sha256: sha(bytes), extension: 'zip' };
    const first = await uploadRevision(s3, opts);
    // Someone replaced the object (same metadata, other bytes): its ETag and size leave the manifest.
    await s3.send(
      new PutObjectCommand({
        Bucket: 'b',
        Key: first.key,
        Body: Buffer.from('other content!'),
        Metadata: { [DIGEST_METADATA]: sha(bytes) },
      }),
    );
    const again = await uploadRevision(s3, opts);
    expect([first.uploaded, again.uploaded]).toEqual([true, true]);
    expect((await download(first.key)).equals(bytes)).toBe(true);
    // The manifest is gone: the object alone is not trusted either.
    const { DeleteObjectCommand } = await import('@aws-sdk/client-s3');
    await s3.send(new DeleteObjectCommand({ Bucket: 'b', Key: manifestKey(first.key) }));
    expect((await uploadRevision(s3, opts)).uploaded).toBe(true);
    expect((await uploadRevision(s3, opts)).uploaded).toBe(false);
  });

  it('names the bucket and the input when the bucket does not exist', async () => {
    const file = path.join(work, 'y.zip');
    writeFileSync(file, 'y');
    const err = await uploadRevision(s3, {
      bucket: 'missing-bucket',
      prefix: '',
      name: 'a',
      file,
      sha256: sha(Buffer.from('y')),
      extension: 'zip',
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UploadError);
    expect((err as Error).message).toMatch(/^S3 bucket 'missing-bucket' does not exist \(input `s3-bucket`\)/);
  });

  it('says the credentials are wrong (not a missing permission) when S3 does not know the key', async () => {
    const { S3Client } = await import('@aws-sdk/client-s3');
    const denied = new S3Client({ region: 'us-east-1', credentials: { accessKeyId: 'NOPE', secretAccessKey: 'NOPE' }, maxAttempts: 1 });
    const file = path.join(work, 'w.zip');
    writeFileSync(file, 'w');
    try {
      await expect(
        uploadRevision(denied, { bucket: 'b', prefix: '', name: 'a', file, sha256: sha(Buffer.from('w')), extension: 'zip' }),
      ).rejects.toThrow(/S3 rejected the AWS credentials \(InvalidAccessKeyId\).*this is not a missing permission/);
    } finally {
      denied.destroy();
    }
  });

  it('stops when aborted, saying the run was cancelled (not "AbortError")', async () => {
    const file = path.join(work, 'z.zip');
    writeFileSync(file, 'z');
    const ac = new AbortController();
    ac.abort(new Error('cancelled by the runner'));
    await expect(
      uploadRevision(s3, { bucket: 'b', prefix: '', name: 'a', file, sha256: 'a'.repeat(64), extension: 'zip', signal: ac.signal }),
    ).rejects.toThrow(/^Cancelled while uploading the revision to s3:\/\/b\/a-a+\.zip; .*nothing was deployed/);
  });
});

describe('revisionKey', () => {
  it('is <prefix>/<name>-<digest>.<ext> with a clean name', () => {
    expect(revisionKey('a/b/', 'My App!', 'abc', 'zip')).toBe('a/b/My-App-abc.zip');
    expect(revisionKey('', 'x', 'abc', '.tgz')).toBe('x-abc.tgz');
    expect(revisionKey('/', '***', 'abc', 'tar')).toBe('revision-abc.tar');
  });
});
