// A prebuilt archive given as the bundle: accepted as-is (its type read from its first bytes),
// and read into the same model a walked folder gives, within fixed limits. Only the listing is
// read in full (zip: the central directory; tar: the headers, streaming past the data); file
// content is read only for the files rules need, each under a size cap, so a zip or tar bomb
// ends in one problem that names the file and the limit instead of exhausting memory.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { BundleError } from './errors.js';
import { decodeText, formatLimit, modelFrom, normalizeEntryPath } from './model.js';
import { checkDecodedName, checkName, escapeName, nameProblemMessage } from './names.js';
import type { BundleEntry, BundleModel, BundleProblem, BundleResult, BundleType } from './types.js';

const ACCEPTED = 'a zip (.zip/.jar/.war), a tar or a gzipped tar (.tgz/.tar.gz)';

export interface ArchiveLimits {
  /** Entries listed before the archive is refused. */
  maxEntries: number;
  /** Sum of the entries' expanded sizes (zip: as declared; tar: as streamed). */
  maxExpandedBytes: number;
  /** Content read of any one file; larger files are listed but not read. */
  maxFileBytes: number;
  /** Content held for all files together. */
  maxContentBytes: number;
}

export const ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 200_000,
  maxExpandedBytes: 4 * 1024 ** 3,
  maxFileBytes: 512 * 1024,
  maxContentBytes: 32 * 1024 ** 2,
};

export interface ArchiveReadOptions {
  /** Files whose content the rules read (by normalised path); default: `needsContent`. */
  wants?: (path: string) => boolean;
  /** After the listing: more paths to read (hook scripts named by the appspec). */
  alsoRead?: (model: BundleModel) => string[];
  limits?: Partial<ArchiveLimits>;
  signal?: AbortSignal;
}

/** Configuration files any rule reads: AppSpec, .ebextensions, .platform, Procfile and friends. */
export function needsContent(p: string): boolean {
  if (/^([^/]+\/)?appspec\.(ya?ml|json)$/i.test(p)) return true;
  if (/^(\.ebextensions|\.platform)\//.test(p)) return true;
  return /^(Procfile|Buildfile|Dockerfile|Dockerrun\.aws\.json|docker-compose\.ya?ml)$/.test(p);
}

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

/** A limit was reached: reading stops, and the model says it is incomplete. */
class LimitReached extends Error {}

/** What one read of an archive collects; shared by the listing pass and the content pass. */
class Collector {
  readonly entries = new Map<string, BundleEntry>();
  readonly contents = new Map<string, string>();
  readonly problems: BundleProblem[] = [];
  private count = 0;
  private expanded = 0;
  private held = 0;

  constructor(
    readonly name: string,
    readonly limits: ArchiveLimits,
  ) {}

  private stop(message: string): never {
    this.problems.push({ kind: 'archive-limit', path: this.name, message, incomplete: true });
    throw new LimitReached(message);
  }

  /** Count an entry and its expanded size against the limits. */
  count1(size: number): void {
    this.count++;
    this.expanded += size;
    if (this.count > this.limits.maxEntries) {
      this.stop(
        `${this.name} holds more than ${this.limits.maxEntries.toLocaleString('en-US')} entries, the most hookline reads from an archive; it stopped reading there. Bundle fewer files (exclude dependencies the instance installs), or give the folder instead.`,
      );
    }
    if (this.expanded > this.limits.maxExpandedBytes) this.tooLarge();
  }

  /** Bytes streamed out of a tar: the headers and padding count too. */
  streamed(total: number): void {
    if (total > this.limits.maxExpandedBytes + 1024 ** 2) this.tooLarge();
  }

  private tooLarge(): never {
    this.stop(
      `${this.name} expands to more than ${formatLimit(this.limits.maxExpandedBytes)}, the most hookline reads from an archive (a bundle this size is usually a mistake, or a zip/tar bomb); it stopped reading there. Check what the archive holds.`,
    );
  }

  /** An entry whose data does not match its header: the archive is corrupt or crafted. */
  overflow(p: string, declared: number): never {
    this.stop(
      `${p} in ${this.name} expands beyond the ${declared.toLocaleString('en-US')} bytes its header declares; the archive is corrupt or crafted (a zip bomb). Rebuild it.`,
    );
  }

  /** Accept a name (raw bytes or as decoded), or record why it cannot ship. */
  accept(check: ReturnType<typeof checkName>): string | undefined {
    if (!check.ok) {
      this.problems.push({ kind: check.kind, path: check.shown, message: nameProblemMessage(check.kind, check.shown) });
      return undefined;
    }
    const raw = check.name.replace(/\\/g, '/');
    const parts = raw.split('/');
    if (raw.startsWith('/') || /^[A-Za-z]:/.test(raw) || parts.includes('..')) {
      const shown = escapeName(check.name);
      this.problems.push({
        kind: 'name-unsafe',
        path: shown,
        message: `${shown} in ${this.name} is an absolute path or climbs out with '..': it would be extracted outside the deployment folder, or refused. Rebuild the archive with paths relative to its root.`,
      });
      return undefined;
    }
    return normalizeEntryPath(raw);
  }

  add(p: string, entry: Omit<BundleEntry, 'path'>): void {
    if (p === '') return;
    this.entries.set(p, { path: entry.type === 'dir' ? `${p}/` : p, ...entry });
  }

  /** Reserve room for `size` bytes of content (as declared); false when over a content limit. */
  reserve(size: number): boolean {
    if (size > this.limits.maxFileBytes || this.held + size > this.limits.maxContentBytes) return false;
    this.held += size;
    return true;
  }

  keep(p: string, data: Buffer): void {
    const text = decodeText(data);
    if (text !== undefined) this.contents.set(p, text);
  }
}

/** Read a stream into memory up to `cap` bytes; null when it holds more (the stream is destroyed). */
async function readCapped(stream: Readable, cap: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    n += chunk.length;
    if (n > cap) {
      stream.destroy();
      return null;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

// --- zip -------------------------------------------------------------------------------------

function zipMode(e: import('yauzl').Entry, isDir: boolean): number {
  const unix = e.versionMadeBy >> 8 === 3 ? (e.externalFileAttributes >>> 16) & 0xffff : 0;
  if (unix !== 0) return (unix & 0o170000) === 0 ? unix | (isDir ? 0o040000 : 0o100000) : unix;
  return isDir ? 0o040755 : 0o100644;
}

async function readZip(file: string, c: Collector, list: boolean, wants: (p: string) => boolean): Promise<void> {
  const yauzl = await import('yauzl');
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true });
  try {
    const toRead: { path: string; entry: import('yauzl').Entry }[] = [];
    for await (const e of zip.eachEntry()) {
      const raw = e.fileName as unknown as Buffer;
      const isDir = raw.length > 0 && raw[raw.length - 1] === 0x2f;
      if (list) c.count1(e.uncompressedSize);
      const p = list ? c.accept(checkName(raw)) : normalizeEntryPath(raw.toString('utf8'));
      if (p === undefined) continue;
      const mode = zipMode(e, isDir);
      const type = (mode & 0o170000) === 0o120000 ? 'symlink' : isDir || (mode & 0o170000) === 0o040000 ? 'dir' : 'file';
      if (list) c.add(p, { type, mode, size: type === 'dir' ? 0 : e.uncompressedSize });
      if (type === 'file' && wants(p) && c.reserve(e.uncompressedSize)) toRead.push({ path: p, entry: e });
    }
    for (const { path: p, entry } of toRead) {
      let data: Buffer | null;
      try {
        data = await readCapped(await zip.openReadStreamPromise(entry), c.limits.maxFileBytes);
      } catch (err) {
        // yauzl checks the data against the declared size (validateEntrySizes).
        if (/too many bytes|expected \d+ bytes/i.test((err as Error).message)) c.overflow(p, entry.uncompressedSize);
        throw err;
      }
      if (data === null) c.overflow(p, entry.uncompressedSize);
      c.keep(p, data);
    }
  } finally {
    zip.close();
  }
}

// --- tar -------------------------------------------------------------------------------------

const TAR_FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile', 'Link']);

/** Record a tar entry in the listing: its type and mode from the header. */
function listTarEntry(c: Collector, p: string, e: import('tar').ReadEntry): void {
  const perm = (e.mode ?? 0) & 0o7777;
  if (e.type === 'Directory') c.add(p, { type: 'dir', mode: 0o040000 | (perm || 0o755), size: 0 });
  else if (e.type === 'SymbolicLink') {
    c.add(p, { type: 'symlink', mode: 0o120000 | (perm || 0o777), size: 0, ...(e.linkpath ? { linkTarget: e.linkpath } : {}) });
  } else if (TAR_FILE_TYPES.has(e.type)) c.add(p, { type: 'file', mode: 0o100000 | (perm || 0o644), size: e.size ?? 0 });
  else {
    c.problems.push({
      kind: 'not-regular',
      path: p,
      message: `${p} in ${c.name} is a ${e.type} entry; a bundle can hold only files, folders and symlinks. Rebuild the archive without it.`,
    });
  }
}

async function readTar(file: string, gzipped: boolean, c: Collector, list: boolean, wants: (p: string) => boolean): Promise<void> {
  const tar = await import('tar');
  let failure: unknown;
  const parser = new tar.Parser({
    strict: false,
    onReadEntry: (e) => {
      try {
        const size = e.size ?? 0;
        if (list) c.count1(size);
        const p = list ? c.accept(checkDecodedName(e.path)) : normalizeEntryPath(e.path);
        if (p !== undefined && list) listTarEntry(c, p, e);
        if (p !== undefined && TAR_FILE_TYPES.has(e.type) && wants(p) && c.reserve(size)) {
          const chunks: Buffer[] = [];
          e.on('data', (d: Buffer) => chunks.push(d));
          e.on('end', () => c.keep(p, Buffer.concat(chunks)));
        } else {
          e.resume();
        }
      } catch (err) {
        failure ??= err;
        e.resume();
      }
    },
  });
  parser.on('error', (err: unknown) => (failure ??= err));
  const source = createReadStream(file);
  const stream: Readable = gzipped ? source.pipe(createGunzip()) : source;
  if (gzipped) source.on('error', (err) => stream.destroy(err));
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (list) c.streamed(total);
      if (!parser.write(chunk)) await new Promise((resolve) => parser.once('drain', resolve));
      if (failure) break;
    }
    if (!failure) await new Promise<void>((resolve) => parser.end(resolve));
  } finally {
    stream.destroy();
    source.destroy();
  }
  if (failure) throw failure;
}

// --- the model ---------------------------------------------------------------------------------

async function readHead(file: string): Promise<{ size: number; head: Buffer }> {
  const st = await stat(file);
  if (!st.isFile()) throw new Error('not a regular file');
  const head = Buffer.alloc(512);
  const fh = await open(file, 'r');
  try {
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    return { size: st.size, head: head.subarray(0, bytesRead) };
  } finally {
    await fh.close();
  }
}

function notAnArchive(file: string, head: Buffer): string {
  const what = head.length === 0 ? 'is empty' : `starts with the bytes ${head.subarray(0, 8).toString('hex')}`;
  return `${path.basename(file)} is not an archive hookline can deploy: it ${what}. Give ${ACCEPTED}, or a directory.`;
}

/**
 * Read a prebuilt archive into the bundle model. Problems (names, limits, not an archive at all)
 * are in `model.problems`; only a file that cannot be opened throws.
 */
export async function readArchiveModel(file: string, opts: ArchiveReadOptions = {}): Promise<BundleModel> {
  const limits = { ...ARCHIVE_LIMITS, ...opts.limits };
  const name = path.basename(file);
  let head: Buffer;
  try {
    ({ head } = await readHead(file));
  } catch (err) {
    throw new BundleError(`Could not read the archive ${file}: ${(err as Error).message}. Give ${ACCEPTED}, or a directory.`, file, {
      cause: err,
    });
  }
  const type = detectBundleType(head);
  const c = new Collector(name, limits);
  const finish = (): BundleModel =>
    modelFrom({
      kind: 'archive',
      root: file,
      archiveType: type ?? undefined,
      entries: [...c.entries.values()],
      problems: c.problems,
      contents: c.contents,
    });
  if (!type) {
    c.problems.push({ kind: 'not-an-archive', path: name, message: notAnArchive(file, head), incomplete: true });
    return finish();
  }
  const pass = (list: boolean, wants: (p: string) => boolean): Promise<void> =>
    type === 'zip' ? readZip(file, c, list, wants) : readTar(file, type === 'tgz', c, list, wants);
  try {
    opts.signal?.throwIfAborted();
    await pass(true, opts.wants ?? needsContent);
    opts.signal?.throwIfAborted();
    const more = new Set((opts.alsoRead?.(finish()) ?? []).filter((p) => c.entries.get(p)?.type === 'file' && !c.contents.has(p)));
    if (more.size > 0) await pass(false, (p) => more.has(p));
  } catch (err) {
    if (opts.signal?.aborted) throw err;
    if (!(err instanceof LimitReached)) {
      c.problems.push({
        kind: 'not-an-archive',
        path: name,
        message: `${name} looks like a ${type} archive but cannot be read: ${(err as Error).message}.`,
        incomplete: true,
      });
    }
  }
  return finish();
}

/** Accept a prebuilt archive as the bundle: its type from its content, not its name. */
export async function readPrebuilt(file: string, signal?: AbortSignal, model?: BundleModel): Promise<BundleResult> {
  const m = model ?? (await readArchiveModel(file, { signal }));
  const fatal = m.problems.find((p) => p.kind === 'not-an-archive');
  if (fatal || !m.archiveType) throw new BundleError(fatal?.message ?? `${file} is not an archive`, file);
  const { size } = await stat(file);
  const list = m.entries;
  return { file, sha256: await sha256File(file, signal), size, bundleType: m.archiveType, entries: list.length, list, model: m };
}
