// Upload a revision bundle to S3 under a content-addressed key. A HEAD first: when the key
// already holds these bytes (our own sha256 metadata says so — never the ETag, whose multipart
// form is not an MD5) nothing is sent. Otherwise a multipart upload from a file stream, with
// bounded concurrency and part size; each part is retried by the client's retry strategy.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { S3Client } from '@aws-sdk/client-s3';
import { Inputs } from '../constants.js';
import { AbortedError } from '../util/time.js';
import { awsErrorKind, describeAwsError } from './errors.js';

export interface UploadOptions {
  bucket: string;
  /** Key prefix (folder); leading/trailing slashes are ignored; '' for none. */
  prefix: string;
  /** Name part of the key, e.g. the application; characters S3 keys handle badly become '-'. */
  name: string;
  /** The archive to upload. */
  file: string;
  /** Hex sha256 of the file (from the bundle step): in the key and the object's metadata. */
  sha256: string;
  /** Key extension without the dot: zip, tar, tgz. */
  extension: string;
  signal?: AbortSignal;
  /** Bytes per part (at least 5 MiB); default 8 MiB, larger when needed to stay within 10,000 parts. */
  partSize?: number;
  /** Parts uploaded at once; default 4. */
  queueSize?: number;
  /** Called with the bytes sent so far. */
  onProgress?: (loaded: number, total: number) => void;
}

export interface UploadResult {
  bucket: string;
  key: string;
  /** The object's ETag without quotes (what RegisterApplicationRevision's eTag expects). */
  etag: string;
  /** Set when the bucket is versioned. */
  versionId?: string;
  /** false when the key already held this content and nothing was sent. */
  uploaded: boolean;
  /** Bytes sent (0 when skipped). */
  bytes: number;
}

/** An upload that failed for a reason the user can act on (message names the bucket and the fix). */
export class UploadError extends Error {
  override readonly name = 'UploadError';
}

/** Metadata key (x-amz-meta-sha256) recording the content's sha256. */
export const SHA256_METADATA = 'sha256';
const MIN_PART = 5 * 1024 * 1024;
const MAX_PARTS = 10_000;

/** `<prefix>/<name>-<sha256>.<ext>`: the same bytes always land on the same key. */
export function revisionKey(prefix: string, name: string, sha256: string, extension: string): string {
  const dir = prefix.replace(/^\/+|\/+$/g, '');
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'revision';
  const base = `${safe}-${sha256}.${extension.replace(/^\./, '')}`;
  return dir ? `${dir}/${base}` : base;
}

function stripQuotes(etag: string | undefined): string {
  return (etag ?? '').replace(/^"+|"+$/g, '');
}

interface AwsError {
  name?: string;
  Code?: string;
  $metadata?: { httpStatusCode?: number };
  message?: string;
}

function statusOf(err: unknown): number | undefined {
  return (err as AwsError)?.$metadata?.httpStatusCode;
}

function codeOf(err: unknown): string {
  const e = err as AwsError;
  return e?.Code ?? e?.name ?? '';
}

function explain(err: unknown, bucket: string, key: string): Error {
  const code = codeOf(err);
  const status = statusOf(err);
  const cause = err instanceof Error ? err.message : String(err);
  const where = `s3://${bucket}/${key}`;
  const kind = awsErrorKind(err);
  if (kind === 'aborted') return cancelled(bucket, key);
  // Credentials, 5xx, timeouts and cut-off answers first: none of them is a missing permission.
  if (kind !== 'refused')
    return new UploadError(`Could not upload the revision to ${where}: ${describeAwsError(err, 'S3')}`, { cause: err });
  if (code === 'NoSuchBucket') {
    return new UploadError(
      `S3 bucket '${bucket}' does not exist (input \`${Inputs.S3Bucket}\`). Create it in the deployment's region, or name an existing one.`,
      { cause: err },
    );
  }
  if (code === 'AccessDenied' || code === 'Forbidden' || status === 403) {
    return new UploadError(
      `Access denied uploading to S3 bucket '${bucket}': the role needs s3:PutObject on arn:aws:s3:::${bucket}/${key} ` +
        `(and s3:GetObject for the skip-if-present check; s3:AbortMultipartUpload to clean up). S3 said: ${cause}`,
      { cause: err },
    );
  }
  if (code === 'PermanentRedirect' || code === 'AuthorizationHeaderMalformed' || status === 301) {
    return new UploadError(
      `S3 bucket '${bucket}' is in another region than the one configured (input \`${Inputs.Region}\`). S3 said: ${cause}`,
      { cause: err },
    );
  }
  return new UploadError(`Could not upload the revision to ${where}: ${cause}`, { cause: err });
}

/** A cancel during the upload is the run's cancellation, said as such (not the SDK's "AbortError"). */
function cancelled(bucket: string, key: string): AbortedError {
  return new AbortedError(
    `Cancelled while uploading the revision to s3://${bucket}/${key}; the partial upload was abandoned and nothing was deployed.`,
  );
}

/** The object at `key` when it already holds content with this sha256 and size; else null. */
async function existing(s3: S3Client, bucket: string, key: string, sha256: string, size: number, signal?: AbortSignal) {
  const { HeadObjectCommand } = await import('@aws-sdk/client-s3');
  try {
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }), { abortSignal: signal });
    if (head.Metadata?.[SHA256_METADATA] === sha256 && head.ContentLength === size) return head;
    return null;
  } catch (err) {
    if (signal?.aborted) throw cancelled(bucket, key);
    const status = statusOf(err);
    // 404: not there yet. 403: no s3:GetObject/ListBucket — we cannot tell, so upload.
    if (status === 404 || status === 403 || codeOf(err) === 'NotFound' || codeOf(err) === 'NoSuchKey') return null;
    throw explain(err, bucket, key);
  }
}

/** Upload `file` under its content-addressed key, or skip when the key already holds it. */
export async function uploadRevision(s3: S3Client, o: UploadOptions): Promise<UploadResult> {
  const key = revisionKey(o.prefix, o.name, o.sha256, o.extension);
  const size = (await stat(o.file)).size;
  if (o.signal?.aborted) throw cancelled(o.bucket, key);
  const head = await existing(s3, o.bucket, key, o.sha256, size, o.signal);
  if (head) {
    const skipped: UploadResult = { bucket: o.bucket, key, etag: stripQuotes(head.ETag), uploaded: false, bytes: 0 };
    if (head.VersionId) skipped.versionId = head.VersionId;
    return skipped;
  }

  const partSize = Math.max(MIN_PART, o.partSize ?? 8 * 1024 * 1024, Math.ceil(size / MAX_PARTS));
  if (size <= partSize) return putOnce(s3, o, key, size);
  const { Upload } = await import('@aws-sdk/lib-storage');
  const body = createReadStream(o.file, { highWaterMark: 1024 * 1024 });
  const upload = new Upload({
    client: s3,
    params: {
      Bucket: o.bucket,
      Key: key,
      Body: body,
      ContentType: contentType(o.extension),
      Metadata: { [SHA256_METADATA]: o.sha256 },
    },
    queueSize: Math.max(1, o.queueSize ?? 4),
    partSize,
    leavePartsOnError: false,
  });
  if (o.onProgress) upload.on('httpUploadProgress', (p) => o.onProgress?.(p.loaded ?? 0, p.total ?? size));
  // A cancel ends the wait at once: lib-storage's abort only takes effect once the part in
  // flight answers, and a hung part would hold the step until the socket timeout.
  let onAbort = (): void => undefined;
  const abandoned = new Promise<never>((_, reject) => {
    onAbort = () => {
      void upload.abort().catch(() => undefined);
      reject(cancelled(o.bucket, key));
    };
  });
  abandoned.catch(() => undefined);
  o.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const done = upload.done();
    done.catch(() => undefined);
    return uploaded(o, key, size, await Promise.race([done, abandoned]));
  } catch (err) {
    throw uploadError(err, o, key);
  } finally {
    o.signal?.removeEventListener('abort', onAbort);
    body.destroy();
  }
}

function contentType(extension: string): string {
  return extension === 'zip' ? 'application/zip' : extension === 'tar' ? 'application/x-tar' : 'application/gzip';
}

/**
 * One PutObject for a bundle that fits in one part. Unlike lib-storage's single-part path it
 * carries the abort signal, so a cancel drops the request at once instead of leaving it (and the
 * process) hanging until the socket timeout.
 */
async function putOnce(s3: S3Client, o: UploadOptions, key: string, size: number): Promise<UploadResult> {
  const { PutObjectCommand } = await import('@aws-sdk/client-s3');
  // A buffer, as lib-storage sends one part: a stream body would be sent aws-chunked.
  const body = await readFile(o.file);
  try {
    const out = await s3.send(
      new PutObjectCommand({
        Bucket: o.bucket,
        Key: key,
        Body: body,
        ContentType: contentType(o.extension),
        Metadata: { [SHA256_METADATA]: o.sha256 },
      }),
      { abortSignal: o.signal },
    );
    o.onProgress?.(size, size);
    return uploaded(o, key, size, out);
  } catch (err) {
    throw uploadError(err, o, key);
  }
}

function uploaded(o: UploadOptions, key: string, size: number, out: { ETag?: string; VersionId?: string }): UploadResult {
  const result: UploadResult = { bucket: o.bucket, key, etag: stripQuotes(out.ETag), uploaded: true, bytes: size };
  if (out.VersionId) result.versionId = out.VersionId;
  return result;
}

/** A cancel reads as a cancel, whatever the SDK threw; anything else is explained. */
function uploadError(err: unknown, o: UploadOptions, key: string): Error {
  return o.signal?.aborted ? cancelled(o.bucket, key) : explain(err, o.bucket, key);
}
