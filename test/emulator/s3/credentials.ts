// Any well-formed credentials are accepted on S3, as on the other services (LocalStack and moto do
// the same): the front checks the SigV4 signature's *shape* — header or presigned query — then
// forwards the request to s3rver unsigned, since s3rver itself knows only S3RVER/S3RVER.

const AUTH_HEADER =
  /^AWS4-HMAC-SHA256 Credential=[A-Za-z0-9]{1,128}\/\d{8}\/[a-z0-9-]+\/s3\/aws4_request, ?SignedHeaders=[a-z0-9;-]+, ?Signature=[0-9a-f]{64}$/;
const PRESIGNED = ['X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Date', 'X-Amz-Expires', 'X-Amz-SignedHeaders', 'X-Amz-Signature'];

export type Unsigned = { ok: true; pathAndQuery: string; headers: Record<string, string> } | { ok: false; code: string; message: string };

export function unsign(pathname: string, query: URLSearchParams, headers: Record<string, string>): Unsigned {
  const auth = headers['authorization'];
  const rest = { ...headers };
  delete rest['authorization'];
  if (auth !== undefined && !AUTH_HEADER.test(auth)) {
    return {
      ok: false,
      code: 'AuthorizationHeaderMalformed',
      message:
        'The authorization header is malformed; expected AWS4-HMAC-SHA256 Credential=…/s3/aws4_request, SignedHeaders=…, Signature=….',
    };
  }
  const q = new URLSearchParams(query);
  if (q.has('X-Amz-Signature') || q.has('X-Amz-Credential')) {
    const missing = PRESIGNED.filter((p) => !q.get(p));
    if (missing.length || q.get('X-Amz-Algorithm') !== 'AWS4-HMAC-SHA256' || !/^[0-9a-f]{64}$/.test(q.get('X-Amz-Signature') ?? '')) {
      return {
        ok: false,
        code: 'AuthorizationQueryParametersError',
        message: `Query-string authentication requires ${PRESIGNED.join(', ')} (missing or malformed: ${missing.join(', ') || 'X-Amz-Signature'}).`,
      };
    }
    for (const p of [...PRESIGNED, 'X-Amz-Security-Token']) q.delete(p);
  }
  const search = q.toString();
  return { ok: true, pathAndQuery: pathname + (search ? `?${search}` : ''), headers: rest };
}
