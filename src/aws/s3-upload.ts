// Revisions in S3 under a content-addressed key: `<prefix>/<name>-<digest>.<ext>`, where the
// digest names the archive before it exists (a folder's tree digest, or a prebuilt archive's
// sha256). Before anything is built or sent, a HEAD of the key and a read of its manifest say
// whether the bucket already holds it; otherwise the archive streams into the object as it is
// written (s3-multipart.ts) and the manifest is written next to it.
//
// The manifest (`<key>.hookline.json`: digest, archive sha256, size, ETag) exists because the
// archive's sha256 is known only once its last byte is written, after a multipart upload has
// fixed the object's metadata (S3 cannot change metadata without copying the object). A small
// object beside the archive needs no permission beyond s3:PutObject/GetObject on the prefix,
// works the same for CodeDeploy and Beanstalk, and is read with one GET in parallel with the HEAD.
import { stat } from 'node:fs/promises';
import type { S3Client } from '@aws-sdk/client-s3';
import { Inputs } from '../constants.js';
import { AbortedError } from '../util/time.js';
import { awsErrorKind, describeAwsError } from './errors.js';
import { DEFAULT_PART, MAX_PARTS, StreamUpload, type StreamedObject } from './s3-multipart.js';

export interface RevisionTarget {
  bucket: string;
  /** Key prefix (folder); leading/trailing slashes are ignored; '' for none. */
  prefix: string;
  /** Name part of the key, e.g. the application; characters S3 keys handle badly become '-'. */
  name: string;
  /** What names the archive: a folder's tree digest, or a prebuilt archive's sha256 (hex). */
  digest: string;
  /** Key extension without the dot: zip, tar, tgz. */
  extension: string;
}

/** A revision object in S3 and what its manifest says of it. */
export interface RevisionObject {
  bucket: string;
  key: string;
  /** The object's ETag without quotes (what RegisterApplicationRevision's eTag expects; md5-N for multipart). */
  etag: string;
  /** Set when the bucket is versioned. */
  versionId?: string;
  /** Hex sha256 of the archive bytes. */
  sha256: string;
  /** Archive size in bytes. */
  size: number;
}

export interface UploadResult extends RevisionObject {
  /** false when the key already held this revision and nothing was built or sent. */
  uploaded: boolean;
  /** Bytes sent (0 when skipped). */
  bytes: number;
  /** The manifest could not be written: the next run cannot skip this revision (it uploads it again). */
  manifestMissing?: boolean;
}

/** The manifest written beside each revision object. */
export interface RevisionManifest {
  hookline: 1;
  digest: string;
  sha256: string;
  size: number;
  etag: string;
}

/** An upload that failed for a reason the user can act on (message names the bucket and the fix). */
export class UploadError extends Error {
  override readonly name = 'UploadError';
}

/** Metadata key (x-amz-meta-hookline-digest) recording the digest the object was uploaded under. */
export const DIGEST_METADATA = 'hookline-digest';
const MANIFEST_SUFFIX = '.hookline.json';

/** `<prefix>/<name>-<digest>.<ext>`: one digest, one archive, one key. */
export function revisionKey(prefix: string, name: string, digest: string, extension: string): string {
  const dir = prefix.replace(/^\/+|\/+$/g, '');
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'revision';
  const base = `${safe}-${digest}.${extension.replace(/^\./, '')}`;
  return dir ? `${dir}/${base}` : base;
}

/** Where the manifest of the revision at `key` lives. */
export function manifestKey(key: string): string {
  return `${key}${MANIFEST_SUFFIX}`;
}

export function contentType(extension: string): string {
  return extension === 'zip' ? 'application/zip' : extension === 'tar' ? 'application/x-tar' : 'application/gzip';
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

function isAbsent(err: unknown): boolean {
  const status = statusOf(err);
  // 404: not there yet. 403: no s3:GetObject/ListBucket — we cannot tell, so it is built and sent.
  return status === 404 || status === 403 || codeOf(err) === 'NotFound' || codeOf(err) === 'NoSuchKey';
}

function parseManifest(text: string): RevisionManifest | null {
  try {
    const m = JSON.parse(text) as Partial<RevisionManifest>;
    const hex = /^[0-9a-f]{64}$/;
    if (m.hookline !== 1 || !hex.test(m.digest ?? '') || !hex.test(m.sha256 ?? '') || typeof m.etag !== 'string') return null;
    if (typeof m.size !== 'number' || !Number.isSafeInteger(m.size) || m.size < 0) return null;
    return m as RevisionManifest;
  } catch {
    return null;
  }
}

/**
 * The revision already in the bucket under `target`'s key, or null. It counts only when the
 * object carries the digest in its metadata and its manifest names the same digest, its size and
 * its ETag: an object someone replaced or a manifest left from another object is not trusted.
 */
export async function findRevision(s3: S3Client, target: RevisionTarget & { signal?: AbortSignal }): Promise<RevisionObject | null> {
  const { bucket, signal } = target;
  const key = revisionKey(target.prefix, target.name, target.digest, target.extension);
  if (signal?.aborted) throw cancelled(bucket, key);
  const { GetObjectCommand, HeadObjectCommand } = await import('@aws-sdk/client-s3');
  const absentOr = async <T>(p: Promise<T>): Promise<T | null> => {
    try {
      return await p;
    } catch (err) {
      if (signal?.aborted) throw cancelled(bucket, key);
      if (isAbsent(err)) return null;
      throw explain(err, bucket, key);
    }
  };
  const [head, manifestText] = await Promise.all([
    absentOr(s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }), { abortSignal: signal })),
    absentOr(
      s3
        .send(new GetObjectCommand({ Bucket: bucket, Key: manifestKey(key) }), { abortSignal: signal })
        .then((out) => out.Body?.transformToString() ?? ''),
    ),
  ]);
  if (!head || manifestText === null) return null;
  const m = parseManifest(manifestText);
  const etag = stripQuotes(head.ETag);
  if (!m || head.Metadata?.[DIGEST_METADATA] !== target.digest || m.digest !== target.digest) return null;
  if (m.size !== head.ContentLength || m.etag !== etag) return null;
  return { bucket, key, etag, sha256: m.sha256, size: m.size, ...(head.VersionId ? { versionId: head.VersionId } : {}) };
}

export interface StreamOptions extends RevisionTarget {
  signal?: AbortSignal;
  /** At least the archive's size (a folder's bytes plus per-entry overhead): sets the part size so 10,000 parts hold it. */
  expectedBytes?: number;
  /** Bytes per part; default 8 MiB (larger when the expected size needs it). */
  partSize?: number;
  /** Parts in flight; default 4. */
  queueSize?: number;
}

/** A stream into the revision's object: write the archive, end it, then `finish` with its sha256. */
export interface RevisionStream {
  key: string;
  sink: StreamUpload;
  /** After the archive ended: the object, and its manifest written. */
  finish(sha256: string, size: number): Promise<UploadResult>;
  /** After a failure or a cancel: nothing is left under the key. Returns the error to throw, explained. */
  fail(err: unknown): Promise<Error>;
}

/** Start the upload of a revision whose bytes are written to `sink` as they are produced. */
export function streamRevision(s3: S3Client, o: StreamOptions): RevisionStream {
  const key = revisionKey(o.prefix, o.name, o.digest, o.extension);
  const partSize = Math.max(o.partSize ?? DEFAULT_PART, Math.ceil((o.expectedBytes ?? 0) / (MAX_PARTS - 100)));
  const sink = new StreamUpload(s3, {
    bucket: o.bucket,
    key,
    contentType: contentType(o.extension),
    metadata: { [DIGEST_METADATA]: o.digest },
    partSize,
    ...(o.queueSize ? { queueSize: o.queueSize } : {}),
    ...(o.signal ? { signal: o.signal } : {}),
  });
  sink.on('error', () => undefined); // the writer sees it (write/drain), and fail() explains it
  return {
    key,
    sink,
    async finish(sha256, size) {
      const obj = sink.object;
      if (!obj) throw explain(sink.error ?? new Error('the upload did not complete'), o.bucket, key);
      const manifestMissing = !(await writeManifest(
        s3,
        o.bucket,
        key,
        { hookline: 1, digest: o.digest, sha256, size, etag: obj.etag },
        o.signal,
      ));
      return uploaded(o.bucket, key, obj, sha256, size, manifestMissing);
    },
    async fail(err) {
      await sink.abort();
      if (o.signal?.aborted) return cancelled(o.bucket, key);
      // An S3 error inside the stream is explained; the writer's own (a file that changed) is its own.
      if (sink.error) return explain(sink.error, o.bucket, key);
      return err instanceof Error ? err : new Error(String(err));
    },
  };
}

async function writeManifest(s3: S3Client, bucket: string, key: string, m: RevisionManifest, signal?: AbortSignal): Promise<boolean> {
  const { PutObjectCommand } = await import('@aws-sdk/client-s3');
  const body = Buffer.from(`${JSON.stringify(m)}\n`);
  try {
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: manifestKey(key),
        Body: body,
        ContentLength: body.length,
        ContentType: 'application/json',
      }),
      { abortSignal: signal },
    );
    return true;
  } catch {
    if (signal?.aborted) throw cancelled(bucket, key);
    return false;
  }
}

function uploaded(bucket: string, key: string, obj: StreamedObject, sha256: string, size: number, manifestMissing: boolean): UploadResult {
  return {
    bucket,
    key,
    etag: obj.etag,
    ...(obj.versionId ? { versionId: obj.versionId } : {}),
    sha256,
    size,
    uploaded: true,
    bytes: obj.bytes,
    ...(manifestMissing ? { manifestMissing } : {}),
  };
}

export interface FileUploadOptions {
  bucket: string;
  prefix: string;
  name: string;
  /** The archive to upload (a prebuilt one, or one the CLI wrote). */
  file: string;
  /** Hex sha256 of the file: its digest (in the key), and its content hash. */
  sha256: string;
  extension: string;
  signal?: AbortSignal;
  partSize?: number;
  queueSize?: number;
}

/** Upload an archive file under the key its sha256 names, or skip when the bucket holds it. */
export async function uploadRevision(s3: S3Client, o: FileUploadOptions): Promise<UploadResult> {
  const target = { bucket: o.bucket, prefix: o.prefix, name: o.name, digest: o.sha256, extension: o.extension };
  const found = await findRevision(s3, { ...target, ...(o.signal ? { signal: o.signal } : {}) });
  if (found) return { ...found, uploaded: false, bytes: 0 };
  const size = (await stat(o.file)).size;
  const stream = streamRevision(s3, {
    ...target,
    expectedBytes: size,
    ...(o.signal ? { signal: o.signal } : {}),
    ...(o.partSize ? { partSize: o.partSize } : {}),
    ...(o.queueSize ? { queueSize: o.queueSize } : {}),
  });
  try {
    await stream.sink.writeFile(o.file);
  } catch (err) {
    throw await stream.fail(err);
  }
  return stream.finish(o.sha256, size);
}
