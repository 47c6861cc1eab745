// Pure parts of the preview, cleanup and redeploy flows.
import { pickPreviewVersions } from '../../../src/flows/cleanup.js';
import { isPreviewLabel } from '../../../src/flows/preview.js';
import { revisionUri, s3Revision } from '../../../src/flows/redeploy.js';

describe('preview versions', () => {
  it('recognises only the labels made for this pull request', () => {
    expect(isPreviewLabel('pr-42-0123456789ab', 42)).toBe(true);
    expect(isPreviewLabel('pr-421-0123456789ab', 42)).toBe(false);
    expect(isPreviewLabel('pr-42-release', 42)).toBe(false);
    expect(isPreviewLabel('main-0123456789ab', 42)).toBe(false);
  });

  it("deletes the PR's versions no environment runs, keeps the ones in use", () => {
    const versions = ['pr-42-aaaaaaaaaaaa', 'pr-42-bbbbbbbbbbbb', 'pr-7-cccccccccccc', 'v1'].map((VersionLabel) => ({ VersionLabel }));
    expect(pickPreviewVersions(versions, new Set(['pr-42-bbbbbbbbbbbb', 'v1']), 42)).toEqual({
      doomed: ['pr-42-aaaaaaaaaaaa'],
      kept: ['pr-42-bbbbbbbbbbbb'],
    });
  });
});

describe('s3Revision', () => {
  it('reads bucket, key, bundle type and an object version', () => {
    expect(s3Revision('s3://shop-releases/hookline/shop-abc.zip')).toEqual({
      revisionType: 'S3',
      s3Location: { bucket: 'shop-releases', key: 'hookline/shop-abc.zip', bundleType: 'zip' },
    });
    expect(s3Revision('s3://b/k.tar.gz?versionId=3')?.s3Location).toEqual({
      bucket: 'b',
      key: 'k.tar.gz',
      bundleType: 'tgz',
      version: '3',
    });
    expect(s3Revision('s3://b/k.war')).toBeUndefined();
    expect(s3Revision('https://b/k.zip')).toBeUndefined();
  });

  it('names a revision for people', () => {
    expect(revisionUri({ revisionType: 'S3', s3Location: { bucket: 'b', key: 'k.zip' } })).toBe('s3://b/k.zip');
    expect(revisionUri({ revisionType: 'GitHub', gitHubLocation: { repository: 'o/r', commitId: 'abc' } })).toBe('github:o/r@abc');
    expect(revisionUri(undefined)).toBe('unknown');
  });
});
