// Prebuilt archives and bundle sizes that would fail on AWS after the upload, refused before it:
// a zip written with backslash paths or without unix modes (made on Windows), and a Beanstalk
// source bundle over the size Beanstalk accepts.
import path from 'node:path';
import { Writable } from 'node:stream';
import { BundleError, type BundleModel } from '../bundle/index.js';
import { readZipOrigin } from '../bundle/zip-origin.js';
import { formatBytes } from '../report/format.js';
import { executedScripts } from './exec-bits.js';

/**
 * Beanstalk's source bundle limit: "Not exceed 500 MB" (docs.aws.amazon.com/elasticbeanstalk/latest/dg/
 * applications-sourcebundle.html); the console's upload form says 512 MB (applications-versions.html).
 * 500 MiB keeps within both readings.
 */
export const BEANSTALK_MAX_BUNDLE_BYTES = 500 * 1024 ** 2;

const LISTED = 3;

function list(items: string[]): string {
  const more = items.length > LISTED ? ` and ${items.length - LISTED} more` : '';
  return items.slice(0, LISTED).join(', ') + more;
}

/** An appspec for Windows instances: modes mean nothing there. */
function forWindows(model: BundleModel): boolean {
  const text = ['appspec.yml', 'appspec.yaml', 'appspec.json'].map((n) => model.read(n)).find((t) => t !== undefined);
  return text !== undefined && /^\s*"?os"?\s*:\s*["']?windows/im.test(text);
}

/**
 * Refuse a prebuilt zip made on Windows, with the fix: any name with a backslash; and entries
 * without unix modes when they are scripts the release executes on Linux (a .war or .jar from
 * Java's tools has no modes either, and deploys fine: it runs no script of its own).
 */
export async function refuseWindowsZip(model: BundleModel): Promise<void> {
  if (model.kind !== 'archive' || model.archiveType !== 'zip') return;
  const name = path.basename(model.root);
  const origin = await readZipOrigin(model.root);
  const rebuild = 'or give the folder as `path` so hookline bundles it (restoring executable bits, see `restore-exec-bits`).';
  if (origin.backslashNames.length > 0) {
    throw new BundleError(
      `${name} uses backslashes as path separators (${list(origin.backslashNames)}), as PowerShell 5's Compress-Archive writes them. ` +
        'Linux extracts each such entry as one file with a backslash in its name, so the folders and scripts the release expects are not there; it was not deployed. ' +
        `Rebuild it with forward slashes (PowerShell 7's Compress-Archive, 7-Zip, \`zip -r\`), ${rebuild}`,
      model.root,
    );
  }
  if (origin.withoutUnixMode.size === 0 || forWindows(model)) return;
  const scripts = executedScripts(model).filter((p) => origin.withoutUnixMode.has(p));
  if (scripts.length === 0) return;
  throw new BundleError(
    `${name} was made without unix file modes (zip host ${origin.hosts.join(', ')}, not unix), so its scripts extract without their executable bit on Linux: ` +
      `${list(scripts)} would fail with "permission denied" or lose the bit; it was not deployed. ` +
      `Rebuild it where modes are kept (\`zip -r\` on Linux or macOS, e.g. in a step on ubuntu-latest), ${rebuild}`,
    model.root,
  );
}

/** Refuse a Beanstalk source bundle Beanstalk would reject, before its upload. */
export function refuseOversizedSourceBundle(size: number, file: string): void {
  if (size <= BEANSTALK_MAX_BUNDLE_BYTES) return;
  throw oversized(size, file);
}

/** The refusal of a source bundle of `size` bytes (`cut`: at least that many, stopped while streaming). */
export function oversized(size: number, file: string, cut = false): BundleError {
  return new BundleError(
    `The source bundle is ${cut ? 'over ' : ''}${formatBytes(size)} (${size.toLocaleString('en-US')} bytes); Elastic Beanstalk accepts at most 500 MB (hookline allows ${BEANSTALK_MAX_BUNDLE_BYTES.toLocaleString('en-US')} bytes), so it was not uploaded. ` +
      'Leave out what the instances do not need (`exclude` or .ebignore: dependencies the platform installs, tests, build caches), or ship large assets from S3.',
    file,
  );
}

/**
 * A sink that passes at most `limit` bytes on to `sink` and fails with `tooLarge(bytes)` past it:
 * the writer fails, so a streamed upload is aborted before an archive over the limit is stored.
 */
export function capBytes(sink: Writable, limit: number, tooLarge: (bytes: number) => Error): Writable {
  let bytes = 0;
  return new Writable({
    write(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (bytes > limit) return done(tooLarge(bytes));
      if (sink.write(chunk)) return done();
      sink.once('drain', () => done());
    },
    // On failure the sink is left to its owner, which aborts the upload (it never sees an end).
    final(done) {
      sink.end(() => done());
    },
  });
}
