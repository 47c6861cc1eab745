// The bundle model every stage reads: entries from one walk of a folder (ignore rules applied),
// or from one bounded read of an archive, with file text on demand.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { hashTree } from './digest.js';
import type { BundleEntry, BundleModel, BundleProblem, BundleType, Exclusion, IgnoreFileName } from './types.js';
import { comparePaths, findEntry, walk, type WalkOptions } from './walk.js';
import { ZIP_FORMAT } from './zip.js';
import { holdYoungGeneration } from './young-generation.js';

/** Files larger than this are never read (configuration files and scripts are far smaller). */
export const MAX_TEXT_BYTES = 512 * 1024;

/** '/'-separated, no leading './' or '/', no trailing '/'. */
export function normalizeEntryPath(p: string): string {
  return p
    .replace(/\\/g, '/')
    .split('/')
    .filter((part) => part !== '' && part !== '.')
    .join('/');
}

/** Text of a small file, without a BOM; undefined for binary content or over the size limit. */
export function decodeText(buf: Buffer): string | undefined {
  if (buf.length > MAX_TEXT_BYTES) return undefined;
  if (buf.subarray(0, 8000).includes(0)) return undefined;
  const text = buf.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function formatLimit(bytes: number): string {
  for (const [unit, size] of [
    ['GiB', 1024 ** 3],
    ['MiB', 1024 ** 2],
    ['KiB', 1024],
  ] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  }
  return `${bytes} bytes`;
}

function sortEntries(entries: BundleEntry[]): BundleEntry[] {
  return [...entries].sort((a, b) => comparePaths(a.path, b.path));
}

/** A model over entries whose text is already held (an archive read, or a test). */
export function modelFrom(spec: {
  kind: BundleModel['kind'];
  root: string;
  archiveType?: BundleType;
  entries: BundleEntry[];
  problems: BundleProblem[];
  contents: Map<string, string>;
}): BundleModel {
  return {
    kind: spec.kind,
    root: spec.root,
    ...(spec.archiveType ? { archiveType: spec.archiveType } : {}),
    entries: sortEntries(spec.entries),
    problems: spec.problems,
    ignoreFile: null,
    read: (p) => spec.contents.get(normalizeEntryPath(p)),
    excluded: () => undefined,
  };
}

/** Read a file of the tree without following a link, at most MAX_TEXT_BYTES + 1 bytes. */
function readSmallFile(abs: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(abs, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch {
    return undefined;
  }
  try {
    if (!fstatSync(fd).isFile()) return undefined;
    const buf = Buffer.alloc(MAX_TEXT_BYTES + 1);
    let n = 0;
    for (;;) {
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
      if (n === buf.length) return undefined;
    }
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

export interface DirectoryModelOptions extends WalkOptions {
  /** Hash the files once walked, so `treeDigest()` is ready early (otherwise they are read on its first call). */
  digest?: boolean;
}

/** Walk a folder into the model: the entries are exactly what the archive writer bundles. */
export async function directoryModel(opts: DirectoryModelOptions): Promise<BundleModel> {
  // Walking and hashing: one long run of small allocations (young-generation.ts).
  const releaseYoung = holdYoungGeneration();
  let w: Awaited<ReturnType<typeof walk>>;
  try {
    w = await walk(opts);
  } catch (err) {
    releaseYoung();
    throw err;
  }
  const { root, entries } = w;
  const cache = new Map<string, string | undefined>();
  const start = (release: () => void): Promise<string> => {
    const p = hashTree(root, entries, ZIP_FORMAT);
    p.then(release, release);
    p.catch(() => undefined); // its reader handles a failure; a run that stops earlier must not crash on it
    return p;
  };
  let digest = opts.digest ? start(releaseYoung) : undefined;
  if (!digest) releaseYoung();
  return {
    treeDigest: () => (digest ??= start(holdYoungGeneration())),
    kind: 'directory',
    root,
    entries,
    problems: w.problems,
    ignoreFile: w.ignoreFile as IgnoreFileName | null,
    read(p: string): string | undefined {
      const key = normalizeEntryPath(p);
      if (cache.has(key)) return cache.get(key);
      const e = findEntry(entries, key);
      const buf = e?.type === 'file' && e.size <= MAX_TEXT_BYTES ? readSmallFile(path.join(root, ...key.split('/'))) : undefined;
      const text = buf === undefined ? undefined : decodeText(buf);
      cache.set(key, text);
      return text;
    },
    excluded: (p: string): Exclusion | undefined => w.excluded(p),
  };
}
