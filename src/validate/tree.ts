// The bundle as the validators see it: paths, modes and (lazily) small text contents.
// treeFromDirectory / treeFromArchive are the only functions in src/validate that touch the disk;
// every rule works on a BundleTree, so tests build trees in memory with treeFromFiles.
import { readFileSync } from 'node:fs';
import { access, lstat, readdir, readlink } from 'node:fs/promises';
import path from 'node:path';
import yauzl from 'yauzl';
import * as tar from 'tar';

export type EntryType = 'file' | 'dir' | 'symlink';

export interface BundleEntry {
  type: EntryType;
  /** Unix mode including the file-type bits when known (e.g. 0o100755, 0o40755). */
  mode: number;
  size: number;
}

export interface BundleTree {
  /** relative '/'-separated path → entry */
  entries: Map<string, BundleEntry>;
  /** lazy content read for small text files; undefined for directories, large or binary files */
  read(path: string): string | undefined;
  /** Set by treeFromArchive: the archive's file name (a .war changes where .ebextensions hints point). */
  archive?: string;
}

/** Files larger than this are never read (configuration files and scripts are far smaller). */
export const MAX_TEXT_BYTES = 512 * 1024;
const DEFAULT_FILE_MODE = 0o100644;
const DEFAULT_DIR_MODE = 0o40755;
const S_IFMT = 0o170000;
const S_IFDIR = 0o40000;
const S_IFLNK = 0o120000;

/** Normalise an archive or user path to the tree's form: '/'-separated, no leading './' or '/'. */
export function normalizeTreePath(p: string): string {
  const parts: string[] = [];
  for (const part of p.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    parts.push(part);
  }
  return parts.join('/');
}

function decodeText(buf: Buffer): string | undefined {
  if (buf.length > MAX_TEXT_BYTES) return undefined;
  const probe = buf.subarray(0, 8000);
  if (probe.includes(0)) return undefined;
  let text = buf.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

/** Add the parent directories an archive did not list, so every path has its folders. */
function addParents(entries: Map<string, BundleEntry>): void {
  for (const p of [...entries.keys()]) {
    let i = p.lastIndexOf('/');
    while (i > 0) {
      const parent = p.slice(0, i);
      if (entries.has(parent)) break;
      entries.set(parent, { type: 'dir', mode: DEFAULT_DIR_MODE, size: 0 });
      i = parent.lastIndexOf('/');
    }
  }
}

export interface MemoryFile {
  content?: string;
  mode?: number;
  type?: EntryType;
}

/**
 * A tree held in memory: path → content (a string) or { content, mode, type }. Files default to
 * mode 0o100644 (what an archive made without unix attributes extracts to), folders are implied.
 */
export function treeFromFiles(files: Record<string, string | MemoryFile>): BundleTree {
  const entries = new Map<string, BundleEntry>();
  const contents = new Map<string, string>();
  for (const [raw, spec] of Object.entries(files)) {
    const p = normalizeTreePath(raw);
    if (!p) continue;
    const f: MemoryFile = typeof spec === 'string' ? { content: spec } : spec;
    const type: EntryType = f.type ?? (raw.endsWith('/') ? 'dir' : 'file');
    const mode = f.mode ?? (type === 'dir' ? DEFAULT_DIR_MODE : type === 'symlink' ? 0o120777 : DEFAULT_FILE_MODE);
    entries.set(p, { type, mode, size: f.content === undefined ? 0 : Buffer.byteLength(f.content) });
    if (type === 'file' && f.content !== undefined) contents.set(p, f.content);
  }
  addParents(entries);
  return { entries, read: (p) => contents.get(normalizeTreePath(p)) };
}

export interface DirectoryOptions {
  /** Folder names skipped at any depth (default: .git). */
  skipDirs?: string[];
}

/** Walk a folder (symlinks are recorded, never followed); small text files are read on demand. */
export async function treeFromDirectory(dir: string, options: DirectoryOptions = {}): Promise<BundleTree> {
  const root = path.resolve(dir);
  const skip = new Set(options.skipDirs ?? ['.git']);
  const entries = new Map<string, BundleEntry>();
  const walk = async (abs: string, rel: string): Promise<void> => {
    const names = (await readdir(abs)).sort();
    for (const name of names) {
      const childAbs = path.join(abs, name);
      const childRel = rel ? `${rel}/${name}` : name;
      const st = await lstat(childAbs);
      if (st.isSymbolicLink()) {
        const target = await readlink(childAbs).catch(() => '');
        entries.set(childRel, { type: 'symlink', mode: st.mode, size: target.length });
      } else if (st.isDirectory()) {
        if (skip.has(name)) continue;
        entries.set(childRel, { type: 'dir', mode: st.mode, size: 0 });
        await walk(childAbs, childRel);
      } else if (st.isFile()) {
        entries.set(childRel, { type: 'file', mode: st.mode, size: st.size });
      }
    }
  };
  await walk(root, '');
  const cache = new Map<string, string | undefined>();
  return {
    entries,
    read(p: string): string | undefined {
      const key = normalizeTreePath(p);
      if (cache.has(key)) return cache.get(key);
      const e = entries.get(key);
      let text: string | undefined;
      if (e?.type === 'file' && e.size <= MAX_TEXT_BYTES) {
        try {
          text = decodeText(readFileSync(path.join(root, ...key.split('/'))));
        } catch {
          text = undefined;
        }
      }
      cache.set(key, text);
      return text;
    },
  };
}

/** The unix mode an entry of a zip carries, when the archiver recorded one. */
function zipMode(entry: yauzl.Entry, isDir: boolean): number {
  const madeOnUnix = entry.versionMadeBy >> 8 === 3;
  const mode = (entry.externalFileAttributes >>> 16) & 0xffff;
  if (madeOnUnix && mode !== 0) {
    if ((mode & S_IFMT) === 0) return mode | (isDir ? S_IFDIR : 0o100000);
    return mode;
  }
  return isDir ? DEFAULT_DIR_MODE : DEFAULT_FILE_MODE;
}

function readZip(file: string): Promise<{ entries: Map<string, BundleEntry>; contents: Map<string, string> }> {
  const entries = new Map<string, BundleEntry>();
  const contents = new Map<string, string>();
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: true }, (err, zip) => {
      if (err || !zip) {
        reject(err ?? new Error(`Could not open ${file} as a zip archive`));
        return;
      }
      zip.on('error', reject);
      zip.on('end', () => resolve({ entries, contents }));
      zip.on('entry', (entry: yauzl.Entry) => {
        const isDir = entry.fileName.endsWith('/');
        const p = normalizeTreePath(entry.fileName);
        const mode = zipMode(entry, isDir);
        if (!p) {
          zip.readEntry();
          return;
        }
        if (isDir || (mode & S_IFMT) === S_IFDIR) {
          entries.set(p, { type: 'dir', mode, size: 0 });
          zip.readEntry();
          return;
        }
        const type: EntryType = (mode & S_IFMT) === S_IFLNK ? 'symlink' : 'file';
        entries.set(p, { type, mode, size: entry.uncompressedSize });
        if (type !== 'file' || entry.uncompressedSize > MAX_TEXT_BYTES) {
          zip.readEntry();
          return;
        }
        zip.openReadStream(entry, (streamErr, stream) => {
          if (streamErr || !stream) {
            reject(streamErr ?? new Error(`Could not read ${entry.fileName} in ${file}`));
            return;
          }
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', reject);
          stream.on('end', () => {
            const text = decodeText(Buffer.concat(chunks));
            if (text !== undefined) contents.set(p, text);
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

async function readTar(file: string): Promise<{ entries: Map<string, BundleEntry>; contents: Map<string, string> }> {
  const entries = new Map<string, BundleEntry>();
  const contents = new Map<string, string>();
  await tar.t({
    file,
    onReadEntry: (entry) => {
      const p = normalizeTreePath(entry.path);
      const perm = (entry.mode ?? 0) & 0o7777;
      if (!p) {
        entry.resume();
        return;
      }
      if (entry.type === 'Directory') {
        entries.set(p, { type: 'dir', mode: S_IFDIR | (perm || 0o755), size: 0 });
        entry.resume();
      } else if (entry.type === 'SymbolicLink') {
        entries.set(p, { type: 'symlink', mode: S_IFLNK | (perm || 0o777), size: 0 });
        entry.resume();
      } else if (entry.type === 'File' || entry.type === 'OldFile' || entry.type === 'ContiguousFile') {
        const size = entry.size ?? 0;
        entries.set(p, { type: 'file', mode: 0o100000 | (perm || 0o644), size });
        if (size > MAX_TEXT_BYTES) {
          entry.resume();
          return;
        }
        const chunks: Buffer[] = [];
        entry.on('data', (c: Buffer) => chunks.push(c));
        entry.on('end', () => {
          const text = decodeText(Buffer.concat(chunks));
          if (text !== undefined) contents.set(p, text);
        });
      } else {
        entry.resume();
      }
    },
  });
  return { entries, contents };
}

/** Archive kinds validated from the inside, by file name. */
export function archiveKind(file: string): 'zip' | 'tar' | undefined {
  const lower = file.toLowerCase();
  if (/\.(zip|war|jar|ear)$/.test(lower)) return 'zip';
  if (/\.(tar|tgz|tar\.gz)$/.test(lower)) return 'tar';
  return undefined;
}

/**
 * Read a .zip/.war/.jar (yauzl) or .tar/.tgz (tar) without extracting it: modes come from the
 * zip's external attributes (unix archivers) or the tar headers; small text files are held.
 */
export async function treeFromArchive(file: string): Promise<BundleTree> {
  const kind = archiveKind(file);
  if (!kind) throw new Error(`Cannot validate ${file}: expected a .zip, .war, .jar, .tar or .tgz archive`);
  await access(file);
  const { entries, contents } = kind === 'zip' ? await readZip(file) : await readTar(file);
  addParents(entries);
  return { entries, read: (p) => contents.get(normalizeTreePath(p)), archive: path.basename(file) };
}
