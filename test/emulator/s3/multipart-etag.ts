// S3 names a multipart object by `md5(concatenated part MD5s)-<part count>`, not by the MD5 of the
// whole file (s3rver's answer). Clients that pin an ETag (CodeDeploy's `eTag`, hookline's upload
// check) must be tested against that form.
import { createHash } from 'node:crypto';

/** The multipart ETag (unquoted) of an object joined from parts with these ETags (hex MD5s). */
export function multipartEtag(partEtags: string[]): string {
  const md5 = createHash('md5');
  for (const e of partEtags) md5.update(Buffer.from(e, 'hex'));
  return `${md5.digest('hex')}-${partEtags.length}`;
}
