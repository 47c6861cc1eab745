// S3 through the front: the SDK's production defaults (streaming PutObject sent aws-chunked with
// a trailing checksum, lib-storage multipart) must store exactly the bytes that were sent.
import { createHash, randomBytes } from 'node:crypto';
import * as http from 'node:http';
import { Readable } from 'node:stream';
import {
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
  type ChecksumAlgorithm,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { Upload } from '@aws-sdk/lib-storage';
import { startEmulator, type Emulator } from './index.js';
import { decodeAwsChunked } from './s3/aws-chunked.js';
import { checksumFor } from './s3/checksums.js';
import { clients } from './testkit.js';

process.env.AWS_EC2_METADATA_DISABLED = 'true';
process.env.AWS_ACCESS_KEY_ID = 'S3RVER';
process.env.AWS_SECRET_ACCESS_KEY = 'S3RVER';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ scenario: { s3: { buckets: ['bucket'] } } });
});
afterAll(async () => {
  await emu?.close();
});

async function stored(key: string): Promise<Buffer> {
  const { s3 } = clients(emu);
  const r = await s3.send(new GetObjectCommand({ Bucket: 'bucket', Key: key }));
  return Buffer.from(await r.Body!.transformToByteArray());
}

/** Send a raw request to the front and collect the answer. */
function raw(method: string, path: string, headers: Record<string, string>, body: Buffer): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${emu.url}${path}`, { method, headers: { ...headers, 'content-length': String(body.length) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function frame(data: Buffer, trailer: string, chunkSize = 8192): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; i < data.length; i += chunkSize) {
    const c = data.subarray(i, i + chunkSize);
    parts.push(Buffer.from(`${c.length.toString(16)}\r\n`), c, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`0\r\n${trailer}\r\n\r\n`));
  return Buffer.concat(parts);
}

const SIGV4_HEADERS = {
  authorization: 'AWS4-HMAC-SHA256 Credential=S3RVER/20240101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=' + '0'.repeat(64),
};

describe('S3 behind the front', () => {
  test.each<[ChecksumAlgorithm | undefined]>([[undefined], ['CRC32C'], ['SHA256'], ['SHA1'], ['CRC64NVME']])(
    'streaming PutObject (checksum %s) stores the sent bytes',
    async (alg) => {
      const { s3 } = clients(emu);
      const data = randomBytes(300_001);
      const key = `stream-${alg ?? 'default'}.bin`;
      let encoding: string | undefined;
      s3.middlewareStack.add(
        (next) => async (args) => {
          encoding = (args.request as { headers: Record<string, string> }).headers['content-encoding'];
          return next(args);
        },
        { step: 'finalizeRequest', name: 'captureEncoding' },
      );
      await s3.send(
        new PutObjectCommand({
          Bucket: 'bucket',
          Key: key,
          Body: Readable.from([data.subarray(0, 100_000), data.subarray(100_000)]),
          ContentLength: data.length,
          ...(alg ? { ChecksumAlgorithm: alg } : {}),
        }),
      );
      expect(encoding).toContain('aws-chunked'); // the trap is really exercised
      expect((await stored(key)).equals(data)).toBe(true);
      const head = await s3.send(new HeadObjectCommand({ Bucket: 'bucket', Key: key }));
      expect(head.ContentLength).toBe(data.length);
    },
  );

  test('lib-storage Upload (multipart) stores the sent bytes', async () => {
    const { s3 } = clients(emu);
    const data = randomBytes(11 * 1024 * 1024 + 123);
    const before = emu.calls.count('UploadPart');
    await new Upload({
      client: s3,
      params: { Bucket: 'bucket', Key: 'multi.bin', Body: Readable.from([data]) },
      partSize: 5 * 1024 * 1024,
    }).done();
    expect(emu.calls.count('UploadPart') - before).toBe(3);
    const got = await stored('multi.bin');
    expect(createHash('sha256').update(got).digest('hex')).toBe(createHash('sha256').update(data).digest('hex'));
  });

  test('a trailer checksum that does not match is refused with BadDigest and nothing is stored', async () => {
    const data = Buffer.from('the real bytes\n');
    const r = await raw(
      'PUT',
      '/bucket/bad.txt',
      {
        ...SIGV4_HEADERS,
        'x-amz-date': new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+/, ''),
        'content-encoding': 'aws-chunked',
        'x-amz-content-sha256': 'STREAMING-UNSIGNED-PAYLOAD-TRAILER',
        'x-amz-decoded-content-length': String(data.length),
        'x-amz-trailer': 'x-amz-checksum-crc32',
      },
      frame(data, 'x-amz-checksum-crc32:AAAAAA=='),
    );
    expect(r.status).toBe(400);
    expect(r.text).toContain('<Code>BadDigest</Code>');
    const { s3 } = clients(emu);
    await expect(s3.send(new HeadObjectCommand({ Bucket: 'bucket', Key: 'bad.txt' }))).rejects.toMatchObject({ name: 'NotFound' });
  });

  test('a wrong x-amz-decoded-content-length is refused', async () => {
    const data = Buffer.from('abc');
    const r = await raw(
      'PUT',
      '/bucket/short.txt',
      {
        ...SIGV4_HEADERS,
        'x-amz-date': new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+/, ''),
        'content-encoding': 'aws-chunked',
        'x-amz-content-sha256': 'STREAMING-UNSIGNED-PAYLOAD-TRAILER',
        'x-amz-decoded-content-length': '10',
        'x-amz-trailer': 'x-amz-checksum-crc32',
      },
      frame(data, `x-amz-checksum-crc32:${checksumFor('x-amz-checksum-crc32', data)}`),
    );
    expect(r.status).toBe(400);
    expect(r.text).toContain('IncompleteBody');
  });
});

describe('aws-chunked decoding', () => {
  test('signed chunk extensions and trailers are parsed', () => {
    const body = Buffer.from(
      '5;chunk-signature=abc\r\nhello\r\n6;chunk-signature=def\r\n world\r\n0;chunk-signature=ghi\r\nx-amz-checksum-sha256:xyz\r\nx-amz-trailer-signature:sig\r\n\r\n',
    );
    const d = decodeAwsChunked(body);
    expect(d.body.toString()).toBe('hello world');
    expect(d.trailers).toEqual({ 'x-amz-checksum-sha256': 'xyz', 'x-amz-trailer-signature': 'sig' });
  });

  test('known checksum vectors', () => {
    const v = Buffer.from('123456789');
    const hex = (name: string): string => Buffer.from(checksumFor(name, v) as string, 'base64').toString('hex');
    expect(hex('x-amz-checksum-crc32')).toBe('cbf43926');
    expect(hex('x-amz-checksum-crc32c')).toBe('e3069283');
    expect(hex('x-amz-checksum-crc64nvme')).toBe('ae8b14860a799888');
  });
});

describe('credentials and ETags as AWS has them', () => {
  const anyKeys = (): S3Client =>
    new S3Client({
      endpoint: emu.url,
      region: 'eu-west-1',
      forcePathStyle: true,
      credentials: {
        accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
        secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        sessionToken: 'tok',
      },
    });

  test('any well-formed credentials can write, read and presign (as on CodeDeploy and Beanstalk)', async () => {
    const s3 = anyKeys();
    await s3.send(new PutObjectCommand({ Bucket: 'bucket', Key: 'any-keys.txt', Body: 'hello' }));
    const r = await s3.send(new GetObjectCommand({ Bucket: 'bucket', Key: 'any-keys.txt' }));
    expect(await r.Body!.transformToString()).toBe('hello');
    const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket: 'bucket', Key: 'any-keys.txt' }), { expiresIn: 60 });
    expect(url).toContain('X-Amz-Signature=');
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('hello');
  });

  test('a malformed signature is refused with the error S3 gives', async () => {
    const bad = await raw('PUT', '/bucket/bad.txt', { authorization: 'AWS4-HMAC-SHA256 Credential=garbage' }, Buffer.from('x'));
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('AuthorizationHeaderMalformed');
    const presigned = await raw('GET', '/bucket/any-keys.txt?X-Amz-Signature=abc&X-Amz-Credential=x', {}, Buffer.alloc(0));
    expect(presigned.status).toBe(400);
    expect(presigned.text).toContain('AuthorizationQueryParametersError');
  });

  test("a multipart object's ETag is md5 of the part MD5s with the part count, on Complete, HEAD and GET", async () => {
    const s3 = anyKeys();
    const part = 5 * 1024 * 1024;
    const data = randomBytes(2 * part + 777);
    const done = await new Upload({
      client: s3,
      params: { Bucket: 'bucket', Key: 'etag.bin', Body: Readable.from([data]) },
      partSize: part,
    }).done();
    const parts = [data.subarray(0, part), data.subarray(part, 2 * part), data.subarray(2 * part)];
    const md5 = createHash('md5');
    for (const p of parts) md5.update(createHash('md5').update(p).digest());
    const expected = `"${md5.digest('hex')}-3"`;
    expect(done.ETag).toBe(expected);
    expect((await s3.send(new HeadObjectCommand({ Bucket: 'bucket', Key: 'etag.bin' }))).ETag).toBe(expected);
    expect((await s3.send(new GetObjectCommand({ Bucket: 'bucket', Key: 'etag.bin' }))).ETag).toBe(expected);
    // A single PutObject keeps the plain MD5.
    const put = await s3.send(new PutObjectCommand({ Bucket: 'bucket', Key: 'plain.bin', Body: parts[2] }));
    expect(put.ETag).toBe(`"${createHash('md5').update(parts[2]!).digest('hex')}"`);
  });
});

describe('multipart uploads are checked as S3 checks them', () => {
  const MiB = 1024 * 1024;
  const s3 = (): S3Client => clients(emu).s3;

  async function started(key: string, contentType?: string): Promise<string> {
    const out = await s3().send(
      new CreateMultipartUploadCommand({ Bucket: 'bucket', Key: key, ...(contentType ? { ContentType: contentType } : {}) }),
    );
    return out.UploadId!;
  }
  async function put(key: string, id: string, n: number, body: Buffer): Promise<string> {
    return (await s3().send(new UploadPartCommand({ Bucket: 'bucket', Key: key, UploadId: id, PartNumber: n, Body: body }))).ETag!;
  }
  const complete = (key: string, id: string, parts: { PartNumber: number; ETag: string }[]) =>
    s3().send(new CompleteMultipartUploadCommand({ Bucket: 'bucket', Key: key, UploadId: id, MultipartUpload: { Parts: parts } }));
  const refusal = (p: Promise<unknown>) =>
    p.then(
      () => 'accepted',
      (e: { name?: string }) => e.name,
    );

  test('the object is the listed parts joined, with its type, and the upload is gone afterwards', async () => {
    const id = await started('joined.bin', 'application/zip');
    const a = randomBytes(5 * MiB);
    const b = randomBytes(1234);
    const ea = await put('joined.bin', id, 1, a);
    const eb = await put('joined.bin', id, 2, b);
    await complete('joined.bin', id, [
      { PartNumber: 1, ETag: ea },
      { PartNumber: 2, ETag: eb },
    ]);
    expect((await stored('joined.bin')).equals(Buffer.concat([a, b]))).toBe(true);
    expect((await s3().send(new HeadObjectCommand({ Bucket: 'bucket', Key: 'joined.bin' }))).ContentType).toBe('application/zip');
    // Completed: a second complete or a late part finds no such upload.
    expect(await refusal(complete('joined.bin', id, [{ PartNumber: 1, ETag: ea }]))).toBe('NoSuchUpload');
    expect(await refusal(put('joined.bin', id, 3, b))).toBe('NoSuchUpload');
  });

  test('a part smaller than 5 MiB before the last, a wrong ETag or a part out of order is refused, and the upload stays open', async () => {
    const id = await started('refused.bin');
    const small = randomBytes(1000);
    const big = randomBytes(5 * MiB);
    const e1 = await put('refused.bin', id, 1, small);
    const e2 = await put('refused.bin', id, 2, big);
    expect(
      await refusal(
        complete('refused.bin', id, [
          { PartNumber: 1, ETag: e1 },
          { PartNumber: 2, ETag: e2 },
        ]),
      ),
    ).toBe('EntityTooSmall');
    expect(await refusal(complete('refused.bin', id, [{ PartNumber: 2, ETag: `"${'0'.repeat(32)}"` }]))).toBe('InvalidPart');
    expect(await refusal(complete('refused.bin', id, [{ PartNumber: 3, ETag: e2 }]))).toBe('InvalidPart');
    expect(
      await refusal(
        complete('refused.bin', id, [
          { PartNumber: 2, ETag: e2 },
          { PartNumber: 1, ETag: e1 },
        ]),
      ),
    ).toBe('InvalidPartOrder');
    // Still open: a corrected list completes it.
    await complete('refused.bin', id, [{ PartNumber: 2, ETag: e2 }]);
    expect((await stored('refused.bin')).equals(big)).toBe(true);
  });

  test('a part number out of range, an unknown upload or a part whose checksum does not match is refused', async () => {
    const id = await started('parts.bin');
    const body = Buffer.from('part');
    const header = (extra: Record<string, string>) =>
      raw('PUT', `/bucket/parts.bin?partNumber=1&uploadId=${id}`, { ...SIGV4_HEADERS, ...extra }, body);
    expect((await raw('PUT', `/bucket/parts.bin?partNumber=0&uploadId=${id}`, SIGV4_HEADERS, body)).text).toContain('InvalidArgument');
    expect((await raw('PUT', `/bucket/parts.bin?partNumber=1&uploadId=nope`, SIGV4_HEADERS, body)).text).toContain('NoSuchUpload');
    const badCrc = await header({ 'x-amz-checksum-crc32': checksumFor('x-amz-checksum-crc32', Buffer.from('other'))! });
    expect([badCrc.status, badCrc.text.includes('BadDigest')]).toEqual([400, true]);
    const badMd5 = await header({ 'content-md5': createHash('md5').update('other').digest('base64') });
    expect([badMd5.status, badMd5.text.includes('BadDigest')]).toEqual([400, true]);
    const good = await header({
      'x-amz-checksum-crc32': checksumFor('x-amz-checksum-crc32', body)!,
      'content-md5': createHash('md5').update(body).digest('base64'),
    });
    expect(good.status).toBe(200);
  });
});
