import { describeWithToken, isRetryable, startedBy, revisionLocation } from '../../../src/codedeploy/release.js';

describe('release helpers', () => {
  it('embeds the run token at the end of a description that fits CodeDeploy’s limit', () => {
    const d = describeWithToken('x'.repeat(600), 'hookline-42-1-abcdef012345');
    expect(d.length).toBeLessThanOrEqual(512);
    expect(d.endsWith(' [hookline-42-1-abcdef012345]')).toBe(true);
  });

  it('retries throttling and lost answers, never refusals', () => {
    expect(isRetryable({ name: 'ThrottlingException', $metadata: { httpStatusCode: 400 } })).toBe(true);
    expect(isRetryable(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isRetryable({ name: 'InternalFailure', $metadata: { httpStatusCode: 500 } })).toBe(true);
    expect(isRetryable({ name: 'InvalidRevisionException', $metadata: { httpStatusCode: 400 } })).toBe(false);
  });

  it('names who started an active deployment', () => {
    expect(
      startedBy({
        creator: 'user',
        description: 'shop@main 1a2b3c4 by hookline, https://github.com/o/r/actions/runs/99 [hookline-99-1-x]',
      }),
    ).toBe('workflow run https://github.com/o/r/actions/runs/99');
    expect(startedBy({ creator: 'autoscaling' })).toBe('autoscaling');
  });

  it('pins the registered revision to the uploaded ETag and version', () => {
    expect(
      revisionLocation({ application: 'a', bucket: 'b', key: 'k.zip', bundleType: 'zip', etag: '"e1"', versionId: 'v1', description: '' }),
    ).toEqual({
      revisionType: 'S3',
      s3Location: { bucket: 'b', key: 'k.zip', bundleType: 'zip', eTag: '"e1"', version: 'v1' },
    });
  });
});
