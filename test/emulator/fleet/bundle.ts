// Unpacking a revision the way the agent does: zip (Unix modes kept, as `unzip` keeps them),
// tar or tgz; then, if the archive holds a single top-level directory containing an appspec,
// that directory becomes the archive root.
import { createWriteStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import * as tar from 'tar';
import yauzl from 'yauzl';

export class BundleError extends Error {}

function safeJoin(root: string, name: string): string {
  const target = path.resolve(root, name);
  if (target !== root && !target.startsWith(root + path.sep))
    throw new BundleError(`Refusing to extract ${name} outside the archive directory`);
  return target;
}

async function extractZip(data: Buffer, dst: string): Promise<void> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(data, { lazyEntries: true, decodeStrings: true }, (err, z) =>
      err || !z ? reject(err ?? new Error('zip')) : resolve(z),
    ),
  );
  await new Promise<void>((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      const target = safeJoin(dst, entry.fileName);
      const unixMode = (entry.externalFileAttributes >>> 16) & 0o7777;
      if (entry.fileName.endsWith('/')) {
        fs.mkdir(target, { recursive: true }).then(() => zip.readEntry(), reject);
        return;
      }
      zip.openReadStream(entry, (err, stream) => {
        if (err || !stream) return reject(err ?? new Error('zip entry'));
        fs.mkdir(path.dirname(target), { recursive: true })
          .then(() => pipeline(stream, createWriteStream(target, { mode: unixMode & 0o777 || 0o644 })))
          // createWriteStream's mode is masked by umask; set the recorded bits exactly.
          .then(() => (unixMode ? fs.chmod(target, unixMode & 0o777) : undefined))
          .then(() => zip.readEntry(), reject);
      });
    });
    zip.readEntry();
  });
}

async function extractTar(data: Buffer, dst: string, gzip: boolean): Promise<void> {
  await fs.mkdir(dst, { recursive: true });
  const extractor = tar.x({ cwd: dst, gzip, preservePaths: false, strict: true });
  await pipeline(Readable.from([data]), extractor as unknown as NodeJS.WritableStream);
}

/** Unpack into `dst` (created), applying the agent's leading-directory rule. */
export async function unpackBundle(data: Buffer, bundleType: string, dst: string): Promise<void> {
  await fs.rm(dst, { recursive: true, force: true });
  await fs.mkdir(dst, { recursive: true });
  try {
    if (bundleType === 'zip') await extractZip(data, dst);
    else await extractTar(data, dst, bundleType === 'tgz');
  } catch (err) {
    if (err instanceof BundleError) throw err;
    throw new BundleError(`Error extracting ${bundleType} archive: ${err instanceof Error ? err.message : String(err)}`);
  }
  const entries = await fs.readdir(dst);
  const only = entries.length === 1 ? entries[0] : undefined;
  if (only !== undefined) {
    const nested = path.join(dst, only);
    const stat = await fs.stat(nested);
    if (stat.isDirectory() && (await fs.readdir(nested)).some((n) => /appspec/i.test(n))) {
      const tmp = `${dst}-temp`;
      await fs.rm(tmp, { recursive: true, force: true });
      await fs.rename(dst, tmp);
      await fs.rename(path.join(tmp, only), dst);
      await fs.rm(tmp, { recursive: true, force: true });
    }
  }
}
