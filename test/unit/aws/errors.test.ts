import { awsErrorKind, briefAwsError, describeAwsError, isTransientAwsError } from '../../../src/aws/errors.js';
import { deadlineSignal } from '../../../src/aws/deadline.js';

const sdk = (name: string, status?: number, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error(extra.message ? String(extra.message) : name), {
    name,
    ...(status ? { $metadata: { httpStatusCode: status } } : {}),
    ...extra,
  });

describe('AWS errors a person can act on', () => {
  it('classifies what the SDK throws', () => {
    expect(awsErrorKind(sdk('ThrottlingException', 400))).toBe('throttled');
    expect(awsErrorKind(sdk('SlowDown', 503))).toBe('throttled');
    expect(awsErrorKind(sdk('Unknown', 503))).toBe('server');
    expect(awsErrorKind(sdk('TimeoutError'))).toBe('timeout');
    expect(awsErrorKind(sdk('SyntaxError', 200, { message: 'Unterminated string in JSON\n  Deserialization error: …' }))).toBe(
      'unparsable',
    );
    expect(awsErrorKind(sdk('Error', 200, { message: '@aws-sdk XML parse error: expected ">" not found.' }))).toBe('unparsable');
    expect(awsErrorKind(sdk('Error', undefined, { code: 'ECONNRESET' }))).toBe('network');
    expect(awsErrorKind(sdk('SignatureDoesNotMatch', 403))).toBe('credentials');
    expect(awsErrorKind(sdk('AbortError'))).toBe('aborted');
    expect(awsErrorKind(sdk('AccessDenied', 403))).toBe('refused');
    expect(awsErrorKind(new Error('plain'))).toBe('refused');
    expect(isTransientAwsError(sdk('Unknown', 500))).toBe(true);
    expect(isTransientAwsError(sdk('DeploymentDoesNotExistException', 400))).toBe(false);
  });

  it('says what happened instead of UnknownError, SyntaxError or "needs s3:PutObject"', () => {
    expect(describeAwsError(sdk('Unknown', 503), 'S3')).toMatch(/^S3 answered HTTP 503 \(a server-side error with no details\)/);
    expect(describeAwsError(sdk('SyntaxError', 200, { message: 'Unexpected end of JSON input' }), 'CodeDeploy')).toMatch(
      /CodeDeploy's answer could not be read \(HTTP 200\): it was cut off/,
    );
    expect(describeAwsError(sdk('SignatureDoesNotMatch', 403), 'S3')).toMatch(
      /secret access key does not belong to the access key id.*not a missing permission/,
    );
    expect(describeAwsError(sdk('InvalidAccessKeyId', 403), 'S3')).toMatch(/access key id is not known to AWS/);
    expect(describeAwsError(sdk('AccessDenied', 403))).toBeUndefined();
    expect(briefAwsError(sdk('Unknown', 503))).toBe('HTTP 503');
    expect(briefAwsError(sdk('TimeoutError'))).toBe('no answer in time');
  });
});

describe('deadlineSignal', () => {
  it('follows the run’s cancel, and aborts by itself at the deadline', async () => {
    const run = new AbortController();
    const s = deadlineSignal(run.signal, 60_000);
    expect(s.aborted).toBe(false);
    run.abort();
    expect(s.aborted).toBe(true);
    const soon = deadlineSignal(undefined, 1);
    await new Promise<void>((resolve) => soon.addEventListener('abort', () => resolve(), { once: true }));
    expect(soon.aborted).toBe(true);
  });
});
