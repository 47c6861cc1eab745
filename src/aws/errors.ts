// What went wrong with an AWS call, in words a person can act on. The SDK's own names mislead:
// a 5xx on a HEAD is "UnknownError", a cut-off answer a bare SyntaxError, a cancel "AbortError".
// Pure: looks only at the error's name, message and HTTP metadata.

export type AwsErrorKind =
  /** Rate limited: Throttling, ThrottlingException, SlowDown, RequestLimitExceeded. */
  | 'throttled'
  /** HTTP 5xx: the service (or a load balancer in front of it) failed. */
  | 'server'
  /** No answer within the connection or request timeout. */
  | 'timeout'
  /** An answer arrived but could not be parsed (cut off, not JSON/XML). */
  | 'unparsable'
  /** The connection failed or dropped without an HTTP answer. */
  | 'network'
  /** The access key id is unknown or the request's signature does not match the secret key. */
  | 'credentials'
  /** Our own abort signal (a cancelled run or a reached deadline). */
  | 'aborted'
  /** A definite refusal (4xx): access denied, not found, validation. Not worth retrying. */
  | 'refused';

interface SdkError {
  name?: string;
  Code?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number; attempts?: number };
  $response?: unknown;
}

const THROTTLING = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'SlowDown',
  'RequestThrottled',
  'RequestThrottledException',
]);
const CREDENTIALS = new Set([
  'SignatureDoesNotMatch',
  'InvalidAccessKeyId',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'IncompleteSignature',
  'InvalidSignatureException',
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidToken',
]);
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ECONNABORTED',
]);

function nameOf(e: SdkError): string {
  return e.Code ?? e.name ?? '';
}

export function awsErrorKind(err: unknown): AwsErrorKind {
  const e = (err ?? {}) as SdkError;
  const name = nameOf(e);
  const status = e.$metadata?.httpStatusCode;
  if (name === 'AbortError' || name === 'AbortedError') return 'aborted';
  if (THROTTLING.has(name) || status === 429) return 'throttled';
  if (CREDENTIALS.has(name)) return 'credentials';
  if (name === 'TimeoutError' || name === 'RequestTimeout' || name === 'RequestTimeoutException') return 'timeout';
  if (name === 'SyntaxError' || /Deserialization error|XML parse error|Unexpected end of JSON|Unterminated string/i.test(e.message ?? ''))
    return 'unparsable';
  if (status !== undefined && status >= 500) return 'server';
  if (NETWORK_CODES.has(e.code ?? '') || NETWORK_CODES.has(name)) return 'network';
  return 'refused';
}

/** Worth polling again until the deadline: the service did not refuse, it failed to answer well. */
export function isTransientAwsError(err: unknown): boolean {
  const kind = awsErrorKind(err);
  return kind === 'throttled' || kind === 'server' || kind === 'timeout' || kind === 'unparsable' || kind === 'network';
}

/**
 * One sentence about a failed call of `service` ("S3", "CodeDeploy", "Elastic Beanstalk"),
 * or undefined when the error's own message is already the best thing to show (a refusal).
 */
export function describeAwsError(err: unknown, service = 'AWS'): string | undefined {
  const e = (err ?? {}) as SdkError;
  const status = e.$metadata?.httpStatusCode;
  const attempts = e.$metadata?.attempts && e.$metadata.attempts > 1 ? ` after ${e.$metadata.attempts} attempts` : '';
  switch (awsErrorKind(err)) {
    case 'throttled':
      return `${service} throttled the request${attempts} (${nameOf(e)}): too many calls from this account; retry later or lower the poll rate (poll-interval).`;
    case 'server':
      return `${service} answered HTTP ${status}${attempts} (${nameOf(e) === 'Unknown' || !nameOf(e) ? 'a server-side error with no details' : nameOf(e)}): the service or a proxy in front of it failed. Nothing is wrong with your inputs; rerun the job.`;
    case 'timeout':
      return `${service} did not answer in time${attempts}: the network or a proxy between the runner and AWS is slow or dropping requests. Rerun the job; on a self-hosted runner check its proxy and firewall.`;
    case 'unparsable':
      return `${service}'s answer could not be read${status ? ` (HTTP ${status})` : ''}: it was cut off or is not what AWS sends. A proxy or a broken connection between the runner and AWS changed it; rerun the job.`;
    case 'network':
      return `Could not reach ${service}${e.code ? ` (${e.code})` : ''}: ${e.message ?? 'the connection failed'}. Check the runner's network, proxy and the region's endpoint.`;
    case 'credentials':
      return (
        `${service} rejected the AWS credentials (${nameOf(e)}): ` +
        (nameOf(e) === 'SignatureDoesNotMatch' || nameOf(e) === 'InvalidSignatureException'
          ? 'the secret access key does not belong to the access key id.'
          : nameOf(e).startsWith('Expired')
            ? 'the session token has expired.'
            : 'the access key id is not known to AWS.') +
        ' Check the AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY secrets or the role aws-actions/configure-aws-credentials assumes; this is not a missing permission.'
      );
    case 'aborted':
      return 'The request was cancelled.';
    default:
      return undefined;
  }
}

/** A few words for a progress line: why a call failed this time ("HTTP 503", "no answer in time"). */
export function briefAwsError(err: unknown): string {
  const e = (err ?? {}) as SdkError;
  switch (awsErrorKind(err)) {
    case 'throttled':
      return 'throttled';
    case 'server':
      return `HTTP ${e.$metadata?.httpStatusCode ?? '5xx'}`;
    case 'timeout':
      return 'no answer in time';
    case 'unparsable':
      return 'an answer that could not be read';
    case 'network':
      return `connection failed${e.code ? ` (${e.code})` : ''}`;
    default:
      return nameOf(e) || 'error';
  }
}
