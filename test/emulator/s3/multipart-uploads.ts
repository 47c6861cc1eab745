// s3rver keeps multipart uploads but cannot list or abort them (ListMultipartUploads answers
// NotImplemented, AbortMultipartUpload is not routed). Tests must see that a cancelled upload
// leaves none behind, so the front tracks the uploads s3rver started and answers those two
// operations itself, removing an aborted upload's parts from s3rver's store.
import { rm } from 'node:fs/promises';
import type * as http from 'node:http';
import path from 'node:path';

interface OpenUpload {
  bucket: string;
  key: string;
  uploadId: string;
  initiated: Date;
}

const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Bucket and key of a path-style request path (`/bucket/key…`); key '' for the bucket itself. */
function bucketAndKey(pathname: string): { bucket: string; key: string } {
  const [bucket = '', ...key] = pathname.replace(/^\//, '').split('/').map(decodeURIComponent);
  return { bucket, key: key.join('/') };
}

function noSuchUpload(res: http.ServerResponse, uploadId: string): void {
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchUpload</Code><Message>The specified upload does not exist.</Message><UploadId>${xml(uploadId)}</UploadId></Error>`;
  res.writeHead(404, { 'content-type': 'application/xml', 'content-length': String(Buffer.byteLength(body)) });
  res.end(body);
}

export class MultipartUploads {
  private readonly open = new Map<string, OpenUpload>();
  /** UploadPart requests s3rver is still storing, by upload id: an abort waits for them. */
  private readonly writing = new Map<string, Set<Promise<unknown>>>();
  private readonly aborted = new Set<string>();

  /** `directory`: s3rver's store, where it keeps an upload's parts (`<bucket>/._S3rver_uploads/<id>`). */
  constructor(private readonly directory: string) {}

  /** Answer ListMultipartUploads and AbortMultipartUpload; false for every other request. */
  async answer(method: string, url: URL, res: http.ServerResponse): Promise<boolean> {
    const { bucket, key } = bucketAndKey(url.pathname);
    if (method === 'GET' && key === '' && url.searchParams.has('uploads')) {
      const uploads = [...this.open.values()]
        .filter((u) => u.bucket === bucket)
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      const body =
        `<?xml version="1.0" encoding="UTF-8"?>\n<ListMultipartUploadsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">` +
        `<Bucket>${xml(bucket)}</Bucket><KeyMarker></KeyMarker><UploadIdMarker></UploadIdMarker><MaxUploads>1000</MaxUploads><IsTruncated>false</IsTruncated>` +
        uploads
          .map(
            (u) =>
              `<Upload><Key>${xml(u.key)}</Key><UploadId>${xml(u.uploadId)}</UploadId><Initiated>${u.initiated.toISOString()}</Initiated><StorageClass>STANDARD</StorageClass></Upload>`,
          )
          .join('') +
        `</ListMultipartUploadsResult>`;
      res.writeHead(200, { 'content-type': 'application/xml', 'content-length': String(Buffer.byteLength(body)) });
      res.end(body);
      return true;
    }
    const uploadId = url.searchParams.get('uploadId');
    if (uploadId !== null && this.aborted.has(uploadId)) {
      // As S3: once aborted, a later part (or a second abort) finds no such upload.
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
      this.aborted.add(uploadId);
      // A part still being stored would fail inside s3rver once its folder is gone (ENOENT);
      // AWS lets such a part finish or not, so the abort waits for it, then removes everything.
      await Promise.allSettled([...(this.writing.get(uploadId) ?? [])]);
      await rm(path.join(this.directory, bucket, '._S3rver_uploads', uploadId), { recursive: true, force: true });
      res.writeHead(204);
      res.end();
      return true;
    }
    return false;
  }

  /** Run `forward` (an UploadPart of `url`'s upload) so that an abort of that upload waits for it. */
  async part<T>(url: URL, forward: () => Promise<T>): Promise<T> {
    const id = url.searchParams.get('uploadId');
    if (!id) return forward();
    const pending = forward();
    const set = this.writing.get(id) ?? new Set<Promise<unknown>>();
    this.writing.set(id, set.add(pending));
    try {
      return await pending;
    } finally {
      set.delete(pending);
      if (set.size === 0) this.writing.delete(id);
    }
  }

  /** After s3rver answered CreateMultipartUpload (200): remember the upload. */
  created(url: URL, answer: Buffer): void {
    const id = /<UploadId>([^<]+)<\/UploadId>/.exec(answer.toString('utf8'))?.[1];
    if (!id) return;
    const { bucket, key } = bucketAndKey(url.pathname);
    this.open.set(id, { bucket, key, uploadId: id, initiated: new Date() });
  }

  /** After s3rver completed an upload (200): it is no longer open. */
  completed(url: URL): void {
    const id = url.searchParams.get('uploadId');
    if (id) this.open.delete(id);
  }
}
