import fc from 'fast-check';
import type { ApplicationVersionDescription } from '@aws-sdk/client-elastic-beanstalk';
import {
  decideVersion,
  deriveLabel,
  hashOfVersion,
  pickPrunable,
  quotaMessage,
  versionDescription,
  type WantedVersion,
} from '../../../src/beanstalk/version.js';

const SHA_A = 'a'.repeat(8) + '0123456789abcdef'.repeat(3) + 'b'.repeat(8);
const SHA_B = 'c'.repeat(64);
const want: WantedVersion = {
  label: 'v7',
  explicit: true,
  reuse: false,
  sha256: SHA_A,
  bucket: 'eb-bucket',
  key: `hookline/shop-${SHA_A}.zip`,
};

describe('deriveLabel', () => {
  it('is the branch and the first 12 hex digits of the bundle hash', () => {
    expect(deriveLabel('main', SHA_A)).toBe(`main-${SHA_A.slice(0, 12)}`);
    expect(deriveLabel('refs/heads/release/2.x', SHA_A)).toBe(`release-2.x-${SHA_A.slice(0, 12)}`);
    expect(deriveLabel('42/merge', SHA_A)).toBe(`42-merge-${SHA_A.slice(0, 12)}`);
  });

  it('falls back to hookline when the ref has nothing usable', () => {
    expect(deriveLabel('', SHA_A)).toBe(`hookline-${SHA_A.slice(0, 12)}`);
    expect(deriveLabel('///', SHA_A)).toBe(`hookline-${SHA_A.slice(0, 12)}`);
  });

  it('always gives a label Beanstalk accepts that changes with the bundle', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.stringMatching(/^[0-9a-f]{64}$/), (ref, sha) => {
        const label = deriveLabel(ref, sha);
        expect(label.length).toBeLessThanOrEqual(100);
        expect(label).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);
        expect(label.endsWith(`-${sha.slice(0, 12)}`)).toBe(true);
      }),
    );
  });
});

describe('version description and hash', () => {
  it('records the hash first and stays within 200 characters', () => {
    const d = versionDescription(SHA_A, 'octo-org/shop@main 3f78685 by hookline, ' + 'x'.repeat(300));
    expect(d.length).toBeLessThanOrEqual(200);
    expect(hashOfVersion({ Description: d })).toBe(SHA_A);
  });

  it('reads the hash from a content-addressed key when the description has none', () => {
    expect(hashOfVersion({ SourceBundle: { S3Bucket: 'b', S3Key: `hookline/shop-${SHA_B}.zip` } })).toBe(SHA_B);
    expect(hashOfVersion({ Description: 'deployed by hand', SourceBundle: { S3Bucket: 'b', S3Key: 'shop/v1.zip' } })).toBeUndefined();
  });
});

describe('decideVersion', () => {
  const existing = (v: ApplicationVersionDescription): ApplicationVersionDescription => ({
    ApplicationName: 'shop',
    VersionLabel: 'v7',
    Status: 'Processed',
    ...v,
  });

  it('creates a label that does not exist', () => {
    expect(decideVersion(undefined, want)).toEqual({ kind: 'create' });
  });

  it('reuses a label that holds the same bundle', () => {
    expect(decideVersion(existing({ SourceBundle: { S3Bucket: 'eb-bucket', S3Key: want.key } }), want).kind).toBe('reuse');
    expect(
      decideVersion(existing({ Description: `sha256:${SHA_A} elsewhere`, SourceBundle: { S3Bucket: 'x', S3Key: 'y.zip' } }), want).kind,
    ).toBe('reuse');
  });

  it('fails on different content, naming both hashes', () => {
    const d = decideVersion(existing({ Description: `sha256:${SHA_B} old run` }), want);
    expect(d.kind).toBe('fail');
    expect(d.kind === 'fail' && d.message).toContain(SHA_A);
    expect(d.kind === 'fail' && d.message).toContain(SHA_B);
    expect(d.kind === 'fail' && d.message).toMatch(/reuse-version: true/);
  });

  it('fails on a version whose content cannot be compared, naming its location', () => {
    const d = decideVersion(existing({ SourceBundle: { S3Bucket: 'legacy', S3Key: 'shop/v7.zip' } }), want);
    expect(d.kind === 'fail' && d.message).toContain('s3://legacy/shop/v7.zip');
  });

  it('deploys different content only with reuse-version, and warns', () => {
    const d = decideVersion(existing({ Description: `sha256:${SHA_B}` }), { ...want, reuse: true });
    expect(d.kind).toBe('reuse');
    expect(d.kind === 'reuse' && d.warning).toContain(SHA_B);
  });

  it('refuses a version Beanstalk failed to process, even with reuse-version', () => {
    const d = decideVersion(existing({ Status: 'Failed', SourceBundle: { S3Bucket: 'eb-bucket', S3Key: want.key } }), {
      ...want,
      reuse: true,
    });
    expect(d.kind).toBe('fail');
  });
});

describe('pickPrunable', () => {
  const v = (label: string, day: number): ApplicationVersionDescription => ({
    VersionLabel: label,
    DateCreated: new Date(Date.UTC(2025, 0, day)),
  });
  const versions = [v('v3', 3), v('v1', 1), v('v4', 4), v('v2', 2), v('v5', 5)];

  it('deletes the oldest versions beyond the limit, skipping the ones in use and protected', () => {
    expect(pickPrunable(versions, new Set(['v1']), 3, new Set(['v5']))).toEqual(['v2', 'v3']);
  });

  it('deletes nothing under the limit or when pruning is off', () => {
    expect(pickPrunable(versions, new Set(), 5, new Set())).toEqual([]);
    expect(pickPrunable(versions, new Set(), 0, new Set())).toEqual([]);
  });

  it('never deletes a version in use even when that leaves more than the limit', () => {
    expect(pickPrunable(versions, new Set(['v1', 'v2', 'v3', 'v4']), 1, new Set(['v5']))).toEqual([]);
  });
});

it('the quota message points at the lifecycle setting and prune-versions', () => {
  const m = quotaMessage('shop', 'TooManyApplicationVersionsException: limit 1000');
  expect(m).toMatch(/lifecycle/);
  expect(m).toMatch(/prune-versions/);
});
