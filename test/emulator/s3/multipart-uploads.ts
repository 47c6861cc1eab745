// s3rver keeps multipart uploads but cannot list or abort them (ListMultipartUploads answers
// NotImplemented, AbortMultipartUpload is not routed). Tests must see that a cancelled upload
// leaves none behind, so the front tracks the uploads s3rver started and answers those two
// operations itself, removing an aborted upload's parts from s3rver's store. It completes them
// too (multipart-complete.ts says why).
import { rm } from 'node:fs/promises';
import type * as http from 'node:http';
import path from 'node:path';
import { MultipartError, completeUpload, writeCompleted, writeMultipartError, type S3rverStore } from './multipart-complete.js';
import { escapeXml } from '../xml.js';
import { storePart } from './multipart-part.js';

interface OpenUpload {
  bucket: string;
  key: string;
  uploadId: string;
  initiated: Date;
}

/** Bucket and key of a path-style request path (`/bucket/key…`); key '' for the bucket itself. */
function bucketAndKey(pathname: string): { bucket: string; key: string } {
  const [bucket = '', ...key] = pathname.replace(/^\//, '').split('/').map(decodeURIComponent);
  return { bucket, key: key.join('/') };
}

function noSuchUpload(res: http.ServerResponse, uploadId: string): void {
  writeMultipartError(res, new MultipartError(404, 'NoSuchUpload', 'The specified upload does not exist.'), uploadId);
}

export class MultipartUploads {
  private readonly open = new Map<string, OpenUpload>();
  /** UploadPart requests s3rver is still storing, by upload id: an abort waits for them. */
  private readonly writing = new Map<string, Set<Promise<unknown>>>();
  /** Aborted or completed: later requests for them find no such upload. */
  private readonly ended = new Set<string>();

  /** `store`: s3rver's, which keeps an upload's parts in `<bucket>/._S3rver_uploads/<id>`. */
  constructor(private readonly store: S3rverStore) {}

  private uploadsDir(bucket: string): string {
    return this.store.getResourcePath(bucket, undefined, 'uploads');
  }

  /**
   * Answer ListMultipartUploads, UploadPart, AbortMultipartUpload and CompleteMultipartUpload
   * (`headers`, `body`: the request's, decoded); false for every other request.
   */
  async answer(method: string, url: URL, headers: Record<string, string>, body: Buffer, res: http.ServerResponse): Promise<boolean> {
    const { bucket, key } = bucketAndKey(url.pathname);
    if (method === 'GET' && key === '' && url.searchParams.has('uploads')) {
      const uploads = [...this.open.values()]
        .filter((u) => u.bucket === bucket)
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      const body =
        `<?xml version="1.0" encoding="UTF-8"?>\n<ListMultipartUploadsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">` +
        `<Bucket>${escapeXml(bucket)}</Bucket><KeyMarker></KeyMarker><UploadIdMarker></UploadIdMarker><MaxUploads>1000</MaxUploads><IsTruncated>false</IsTruncated>` +
        uploads
          .map(
            (u) =>
              `<Upload><Key>${escapeXml(u.key)}</Key><UploadId>${escapeXml(u.uploadId)}</UploadId><Initiated>${u.initiated.toISOString()}</Initiated><StorageClass>STANDARD</StorageClass></Upload>`,
          )
          .join('') +
        `</ListMultipartUploadsResult>`;
      res.writeHead(200, { 'content-type': 'application/xml', 'content-length': String(Buffer.byteLength(body)) });
      res.end(body);
      return true;
    }
    const uploadId = url.searchParams.get('uploadId');
    if (uploadId !== null && this.ended.has(uploadId)) {
      // As S3: once aborted or completed, a later part, abort or complete finds no such upload.
      noSuchUpload(res, uploadId);
      return true;
    }
    if (method === 'DELETE' && key !== '' && uploadId !== null) {
      const known = this.open.get(uploadId);
      if (!known || known.bucket !== bucket || known.key !== key) {
        noSuchUpload(res, uploadId);
        return true;
      }
      this.open.delete(uploadId);
      this.ended.add(uploadId);
      // A part still being stored would fail inside s3rver once its folder is gone (ENOENT);
      // AWS lets such a part finish or not, so the abort waits for it, then removes everything.
      await Promise.allSettled([...(this.writing.get(uploadId) ?? [])]);
      await rm(path.join(this.uploadsDir(bucket), uploadId), { recursive: true, force: true });
      res.writeHead(204);
      res.end();
      return true;
    }
    if (method === 'PUT' && key !== '' && uploadId !== null) {
      await this.part({ bucket, key, uploadId }, url.searchParams.get('partNumber'), headers, body, res);
      return true;
    }
    if (method === 'POST' && key !== '' && uploadId !== null) {
      await this.complete({ bucket, key, uploadId, body }, `http://s3${url.pathname}`, res);
      return true;
    }
    return false;
  }

  private async complete(
    r: { bucket: string; key: string; uploadId: string; body: Buffer },
    location: string,
    res: http.ServerResponse,
  ): Promise<void> {
    const known = this.open.get(r.uploadId);
    if (!known || known.bucket !== r.bucket || known.key !== r.key) return noSuchUpload(res, r.uploadId);
    this.open.delete(r.uploadId); // a second complete or an abort meanwhile finds no such upload
    try {
      const etag = await completeUpload(this.store, this.uploadsDir(r.bucket), r);
      this.ended.add(r.uploadId);
      writeCompleted(res, location, r, etag);
    } catch (err) {
      // A refused list leaves the upload open, as on S3: the client may send a corrected one.
      this.open.set(r.uploadId, known);
      if (!(err instanceof MultipartError)) throw err;
      writeMultipartError(res, err, r.uploadId);
    }
  }

  /** Store one part; an abort of its upload waits until it is stored. */
  private async part(
    r: { bucket: string; key: string; uploadId: string },
    partNumber: string | null,
    headers: Record<string, string>,
    body: Buffer,
    res: http.ServerResponse,
  ): Promise<void> {
    const known = this.open.get(r.uploadId);
    if (!known || known.bucket !== r.bucket || known.key !== r.key) return noSuchUpload(res, r.uploadId);
    const pending = storePart({ uploadDir: path.join(this.uploadsDir(r.bucket), r.uploadId), partNumber, headers, body });
    const set = this.writing.get(r.uploadId) ?? new Set<Promise<unknown>>();
    this.writing.set(r.uploadId, set.add(pending));
    try {
      const etag = await pending;
      res.writeHead(200, { etag: `"${etag}"`, 'content-length': '0' });
      res.end();
    } catch (err) {
      if (!(err instanceof MultipartError)) throw err;
      writeMultipartError(res, err, r.uploadId);
    } finally {
      set.delete(pending);
      if (set.size === 0) this.writing.delete(r.uploadId);
    }
  }

  /** After s3rver answered CreateMultipartUpload (200): remember the upload. */
  created(url: URL, answer: Buffer): void {
    const id = /<UploadId>([^<]+)<\/UploadId>/.exec(answer.toString('utf8'))?.[1];
    if (!id) return;
    const { bucket, key } = bucketAndKey(url.pathname);
    this.open.set(id, { bucket, key, uploadId: id, initiated: new Date() });
  }
}
