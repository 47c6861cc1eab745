// UploadPart, stored by the front in s3rver's layout (`<uploads>/<id>/<n>` and its `.md5`, which
// s3rver's own store reads too). Forwarding each part to s3rver cost a second HTTP hop and a 64 KiB
// stream per part, and s3rver checks nothing; here the part number and any checksum the client
// sent are checked as S3 checks them.
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checksumRefusal } from './checksums.js';
import { MultipartError } from './multipart-complete.js';

const MAX_PART_NUMBER = 10_000;

export interface PartRequest {
  uploadDir: string;
  partNumber: string | null;
  headers: Record<string, string>;
  body: Buffer;
}

function checkDigests(headers: Record<string, string>, body: Buffer, md5: Buffer): void {
  const declaredMd5 = headers['content-md5'];
  if (declaredMd5 !== undefined && declaredMd5 !== md5.toString('base64'))
    throw new MultipartError(400, 'BadDigest', 'The Content-MD5 you specified did not match what we received.');
  for (const [name, value] of Object.entries(headers)) {
    if (!name.startsWith('x-amz-checksum-') || name === 'x-amz-checksum-type') continue;
    const refused = checksumRefusal(name, value, body);
    if (refused) throw new MultipartError(400, refused.code, refused.message);
  }
}

/** Check and store one part; its ETag (hex MD5). */
export async function storePart(r: PartRequest): Promise<string> {
  const n = Number(r.partNumber);
  if (!Number.isInteger(n) || n < 1 || n > MAX_PART_NUMBER)
    throw new MultipartError(400, 'InvalidArgument', `Part number must be an integer between 1 and ${MAX_PART_NUMBER}, inclusive`);
  const md5 = createHash('md5').update(r.body).digest();
  checkDigests(r.headers, r.body, md5);
  const file = path.join(r.uploadDir, String(n));
  await writeFile(file, r.body);
  await writeFile(`${file}.md5`, md5.toString('hex'));
  return md5.toString('hex');
}
