// Bundle and upload stage shared by CodeDeploy and Beanstalk: a deterministic archive named by
// its sha256, uploaded once (HEAD skips a known key), plus the small config files the
// diagnosis engine needs to point at lines.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, basename } from 'node:path';
import { Outputs } from '../constants.js';
import type { BundleFiles } from '../types.js';
import type { Timings } from '../report/timings.js';
import type { Reporter } from '../report/reporter.js';
import type { RunContext } from '../github/context.js';
import { buildBundle, readPrebuilt, type BundleResult } from '../bundle/index.js';
import { uploadRevision, type UploadResult } from '../aws/s3-upload.js';
import { createClient } from '../aws/clients.js';
import { formatBytes } from '../report/format.js';
import { bundleFilesFromModel } from './bundle-files.js';
import { bundleModelFor } from './bundle-model.js';
import { noticeRestored } from './exec-bits.js';
import { refuseOversizedSourceBundle } from './artifact-checks.js';

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

export interface PreparedRevision {
  bundle: BundleResult;
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
  const { report } = opts;
  // The model pre-flight validated (read once per run): what was checked is what is uploaded.
  const model = await bundleModelFor(s, opts.kind);
  const prebuilt = model.kind === 'archive';
  // Load the S3 client while the bundle is built (cold start: ≈ 80 ms of module loading).
  const s3Client = createClient('s3', { region: s.region });
  s3Client.catch(() => undefined); // awaited below; keep an early failure from being unhandled meanwhile
  const bundle = await opts.timings.measure('Bundle', () =>
    report.group('Bundle', async () => {
      const b = prebuilt
        ? await readPrebuilt(s.path, opts.signal, model)
        : await buildBundle({
            root: s.path,
            model,
            include: s.include,
            exclude: s.exclude,
            ignoreFile: opts.kind === 'codedeploy' ? '.deployignore' : '.ebignore',
            requireAppspec: opts.kind === 'codedeploy',
            outFile: join(mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'hookline-')), 'bundle.zip'),
          });
      noticeRestored(model, report);
      if (opts.kind === 'beanstalk') refuseOversizedSourceBundle(b.size, b.file);
      report.info(
        `${prebuilt ? `Using prebuilt ${basename(s.path)}` : `Bundled ${b.entries} entries`}: ${formatBytes(b.size)}, ${b.bundleType}, sha256 ${b.sha256}`,
      );
      return b;
    }),
  );
  report.setOutput(Outputs.BundleSha256, bundle.sha256);

  const bucket = opts.bucket ?? s.s3Bucket;
  if (!bucket) throw new Error('No S3 bucket to upload the revision to.');
  const s3 = await s3Client;
  const upload = await opts.timings.measure('Upload', () =>
    report.group('Upload', async () => {
      const u = await uploadRevision(s3, {
        bucket,
        prefix: s.s3Prefix,
        name: s.application,
        file: bundle.file,
        sha256: bundle.sha256,
        extension: bundle.bundleType === 'tgz' ? 'tgz' : bundle.bundleType,
        signal: opts.signal,
      });
      report.info(
        u.uploaded
          ? `Uploaded ${formatBytes(u.bytes)} to s3://${u.bucket}/${u.key} (ETag ${u.etag})`
          : `s3://${u.bucket}/${u.key} already holds this bundle; upload skipped (0 bytes sent).`,
      );
      return u;
    }),
  );
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
