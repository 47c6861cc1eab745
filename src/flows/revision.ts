// Bundle and upload stage shared by CodeDeploy and Beanstalk. A folder is named by its tree
// digest (computed while it was walked): when S3 already holds that revision nothing is built or
// sent; otherwise its deterministic zip streams into the upload as it is written. A prebuilt
// archive is named by its sha256 and uploaded as it is. Plus the small config files the
// diagnosis engine needs to point at lines.
import { relative, basename } from 'node:path';
import { Outputs } from '../constants.js';
import type { BundleFiles } from '../types.js';
import type { Timings } from '../report/timings.js';
import type { Reporter } from '../report/reporter.js';
import type { RunContext } from '../github/context.js';
import { readPrebuilt, type BundleType } from '../bundle/index.js';
import { uploadRevision, type UploadResult } from '../aws/s3-upload.js';
import { createClient } from '../aws/clients.js';
import { formatBytes } from '../report/format.js';
import { bundleFilesFromModel } from './bundle-files.js';
import { bundleModelFor } from './bundle-model.js';
import { noticeRestored } from './exec-bits.js';
import { BEANSTALK_MAX_BUNDLE_BYTES, oversized, refuseOversizedSourceBundle } from './artifact-checks.js';
import { bundleAndUpload } from './bundle-upload.js';

export interface RevisionSettings {
  path: string;
  workspace: string;
  include: string[];
  exclude: string[];
  restoreExecBits: boolean;
  region: string;
  application: string;
  s3Bucket: string | undefined;
  s3Prefix: string;
}

/** The revision's archive, as a release names it. */
export interface RevisionArchive {
  /** Hex sha256 of the archive bytes (computed while streaming, or read from the revision's manifest). */
  sha256: string;
  /** A folder's tree digest (it names the key); null for a prebuilt archive (its sha256 does). */
  treeDigest: string | null;
  bundleType: BundleType;
  size: number;
}

export interface PreparedRevision {
  bundle: RevisionArchive;
  upload: UploadResult;
  files: BundleFiles;
  /** Bundle root relative to the workspace for annotations; null when a prebuilt archive was given. */
  annotationRoot: string | null;
}

export async function prepareRevision(
  s: RevisionSettings,
  _ctx: RunContext,
  opts: { kind: 'codedeploy' | 'beanstalk'; signal: AbortSignal; timings: Timings; report: Reporter; bucket?: string },
): Promise<PreparedRevision> {
  const { report, signal } = opts;
  // The model pre-flight validated (read once per run): what was checked is what is uploaded.
  const model = await bundleModelFor(s, opts.kind);
  const prebuilt = model.kind === 'archive';
  const bucket = opts.bucket ?? s.s3Bucket;
  if (!bucket) throw new Error('No S3 bucket to upload the revision to.');
  // Load the S3 client while the tree is hashed (cold start: ≈ 80 ms of module loading).
  const s3 = createClient('s3', { region: s.region });
  s3.catch(() => undefined); // awaited below; keep an early failure from being unhandled meanwhile
  const target = { bucket, prefix: s.s3Prefix, name: s.application, signal };

  const { bundle, upload } = await opts.timings.measure('Bundle and upload', () =>
    report.group('Bundle and upload', async () => {
      if (prebuilt) {
        const b = await readPrebuilt(s.path, signal, model);
        if (opts.kind === 'beanstalk') refuseOversizedSourceBundle(b.size, b.file);
        const ext = b.bundleType;
        const u = await uploadRevision(await s3, { ...target, file: b.file, sha256: b.sha256, extension: ext });
        report.info(`Using prebuilt ${basename(s.path)}: ${formatBytes(b.size)}, ${b.bundleType}, sha256 ${b.sha256}`);
        return { bundle: { sha256: b.sha256, treeDigest: null, bundleType: b.bundleType, size: b.size }, upload: u };
      }
      noticeRestored(model, report);
      const u = await bundleAndUpload(s3, {
        ...target,
        model,
        requireAppspec: opts.kind === 'codedeploy',
        // Beanstalk refuses source bundles over 500 MB: stop the stream there (the upload is aborted).
        ...(opts.kind === 'beanstalk'
          ? { maxBytes: { limit: BEANSTALK_MAX_BUNDLE_BYTES, error: (n: number) => oversized(n, s.path, true) } }
          : {}),
      });
      report.info(
        u.uploaded
          ? `Bundled ${u.entries ?? 0} entries (tree digest ${u.treeDigest}) into ${formatBytes(u.size)}, sha256 ${u.sha256}, uploaded while compressing.`
          : `Tree digest ${u.treeDigest} (${model.entries.length} entries): found in S3 (${formatBytes(u.size)}, sha256 ${u.sha256}), nothing to build.`,
      );
      return { bundle: { sha256: u.sha256, treeDigest: u.treeDigest, bundleType: 'zip' as const, size: u.size }, upload: u };
    }),
  );
  report.info(
    upload.uploaded
      ? `Uploaded ${formatBytes(upload.bytes)} to s3://${upload.bucket}/${upload.key} (ETag ${upload.etag})`
      : `s3://${upload.bucket}/${upload.key} already holds this bundle; nothing built, upload skipped (0 bytes sent).`,
  );
  if (upload.manifestMissing)
    report.info(
      `Could not write the revision's manifest beside it (s3:PutObject on ${upload.key}.hookline.json): the next run uploads it again.`,
    );
  report.setOutput(Outputs.BundleSha256, bundle.sha256);
  report.setOutput(Outputs.TreeDigest, bundle.treeDigest ?? '');
  report.setOutput(Outputs.RevisionS3Uri, `s3://${upload.bucket}/${upload.key}`);
  report.setOutput(Outputs.RevisionEtag, upload.etag);
  report.setOutput(Outputs.Uploaded, String(upload.uploaded));

  return {
    bundle,
    upload,
    files: bundleFilesFromModel(model),
    annotationRoot: prebuilt ? null : relative(s.workspace, s.path),
  };
}
