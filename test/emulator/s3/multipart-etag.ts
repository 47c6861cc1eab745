// S3 names a multipart object by `md5(concatenated part MD5s)-<part count>`, not by the MD5 of the
// whole file (s3rver's answer). Clients that pin an ETag (CodeDeploy's `eTag`, hookline's upload
// check) must be tested against that form, so the front rewrites it after CompleteMultipartUpload.
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The multipart ETag (unquoted) from a CompleteMultipartUpload request body, or null when it lists no parts. */
export function multipartEtag(requestXml: string): string | null {
  const etags = [...requestXml.matchAll(/<ETag>\s*(?:&quot;|")?([0-9a-fA-F]{32})(?:&quot;|")?\s*<\/ETag>/g)].map((m) => m[1] as string);
  if (etags.length === 0) return null;
  const md5 = createHash('md5');
  for (const e of etags) md5.update(Buffer.from(e, 'hex'));
  return `${md5.digest('hex')}-${etags.length}`;
}

/** Where s3rver's filesystem store keeps an object's MD5 (lib/stores/filesystem.js, POSIX paths). */
export function s3rverMd5Path(directory: string, pathname: string): string {
  const [bucket, ...keyParts] = pathname.replace(/^\//, '').split('/').map(decodeURIComponent);
  const last = keyParts.pop() ?? '';
  return path.join(directory, bucket ?? '', ...keyParts, `${last}._S3rver_object.md5`);
}

/** Store the multipart ETag for the object and put it into s3rver's answer. */
export async function rewriteCompleteAnswer(directory: string, pathname: string, requestBody: Buffer, answer: Buffer): Promise<Buffer> {
  const etag = multipartEtag(requestBody.toString('utf8'));
  if (!etag) return answer;
  await writeFile(s3rverMd5Path(directory, pathname), etag);
  return Buffer.from(answer.toString('utf8').replace(/<ETag>[^<]*<\/ETag>/, `<ETag>&quot;${etag}&quot;</ETag>`));
}
