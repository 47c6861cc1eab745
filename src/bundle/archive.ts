// A prebuilt archive given as the bundle: accepted as-is, its type read from its first bytes,
// its listing read (central directory / tar headers) so modes can be checked like a tree's.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { BundleError } from './errors.js';
import type { BundleEntry, BundleResult, BundleType } from './types.js';

const ACCEPTED = 'a zip (.zip/.jar/.war), a tar or a gzipped tar (.tgz/.tar.gz)';

/** The bundle type of an archive by its content (magic bytes), or null when it is none of them. */
export function detectBundleType(head: Buffer): BundleType | null {
  if (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50) return 'zip';
  // An empty zip is only an end-of-central-directory record.
  if (head.length >= 4 && head.readUInt32LE(0) === 0x06054b50) return 'zip';
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'tgz';
  if (head.length >= 262 && head.toString('latin1', 257, 262) === 'ustar') return 'tar';
  return null;
}

/** Hex sha256 of a file, streamed. */
export async function sha256File(file: string, signal?: AbortSignal): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash, signal ? { signal } : {});
  return hash.digest('hex');
}

async function listZip(file: string): Promise<BundleEntry[]> {
  const yauzl = await import('yauzl');
  const zip = await yauzl.openPromise(file, { decodeStrings: true, strictFileNames: false, validateEntrySizes: false });
  const out: BundleEntry[] = [];
  try {
    for await (const e of zip.eachEntry()) {
      const isDir = e.fileName.endsWith('/');
      const unix = e.versionMadeBy >> 8 === 3 ? e.externalFileAttributes >>> 16 : 0;
      const mode = unix !== 0 ? unix : isDir ? 0o40755 : 0o100644;
      const type = (mode & 0o170000) === 0o120000 ? 'symlink' : isDir || (mode & 0o170000) === 0o040000 ? 'dir' : 'file';
      out.push({ path: e.fileName, type, mode, size: e.uncompressedSize });
    }
  } finally {
    zip.close();
  }
  return out;
}

async function listTar(file: string): Promise<BundleEntry[]> {
  const tar = await import('tar');
  const out: BundleEntry[] = [];
  await tar.list({
    file,
    onReadEntry: (e) => {
      const type = e.type === 'Directory' ? 'dir' : e.type === 'SymbolicLink' ? 'symlink' : 'file';
      const typeBits = type === 'dir' ? 0o040000 : type === 'symlink' ? 0o120000 : 0o100000;
      const entry: BundleEntry = { path: e.path, type, mode: typeBits | ((e.mode ?? 0o644) & 0o7777), size: e.size ?? 0 };
      if (e.linkpath) entry.linkTarget = e.linkpath;
      out.push(entry);
    },
  });
  return out;
}

/** Accept a prebuilt archive as the bundle: its type from its content, not its name. */
export async function readPrebuilt(file: string, signal?: AbortSignal): Promise<BundleResult> {
  let size: number;
  const head = Buffer.alloc(512);
  let got = 0;
  try {
    const st = await stat(file);
    if (!st.isFile()) throw new Error('not a regular file');
    size = st.size;
    const fh = await open(file, 'r');
    try {
      got = (await fh.read(head, 0, head.length, 0)).bytesRead;
    } finally {
      await fh.close();
    }
  } catch (err) {
    throw new BundleError(`Could not read the archive ${file}: ${(err as Error).message}. Give ${ACCEPTED}, or a directory.`, file, {
      cause: err,
    });
  }
  const bundleType = detectBundleType(head.subarray(0, got));
  if (!bundleType) {
    const what = got === 0 ? 'is empty' : `starts with the bytes ${head.subarray(0, Math.min(got, 8)).toString('hex')}`;
    throw new BundleError(`${file} is not an archive hookline can deploy: it ${what}. Give ${ACCEPTED}, or a directory.`, file);
  }
  let list: BundleEntry[];
  try {
    list = bundleType === 'zip' ? await listZip(file) : await listTar(file);
  } catch (err) {
    throw new BundleError(`${file} looks like a ${bundleType} archive but cannot be read: ${(err as Error).message}.`, file, {
      cause: err,
    });
  }
  return { file, sha256: await sha256File(file, signal), size, bundleType, entries: list.length, list };
}
