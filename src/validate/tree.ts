// The bundle as the validators see it: paths, modes and (lazily) small text contents. A tree is
// a view of the bundle model (src/bundle/model.ts) — the same walk, ignore rules and archive read
// the uploaded bundle comes from — so validation judges exactly what ships. Every rule works on
// a BundleTree, so tests build trees in memory with treeFromFiles.
import path from 'node:path';
import {
  MAX_TEXT_BYTES,
  openBundle,
  type BundleModel,
  type BundleProblem,
  type Exclusion,
  type IgnoreFileName,
  type ArchiveLimits,
} from '../bundle/index.js';
import { hookScriptPaths } from './appspec-reader.js';

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
  /** What the walk or the archive read found that cannot ship (names, links, limits). */
  problems?: BundleProblem[];
  /** Why a path that exists on disk is not in the bundle (ignore file, include/exclude). */
  excluded?(path: string): Exclusion | undefined;
}

export { MAX_TEXT_BYTES };
const DEFAULT_FILE_MODE = 0o100644;
const DEFAULT_DIR_MODE = 0o40755;

/** Normalise an archive or user path to the tree's form: '/'-separated, no leading './' or '/'. */
export function normalizeTreePath(p: string): string {
  const parts: string[] = [];
  for (const part of p.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    parts.push(part);
  }
  return parts.join('/');
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

/** Archive kinds validated from the inside, by file name. */
export function archiveKind(file: string): 'zip' | 'tar' | undefined {
  const lower = file.toLowerCase();
  if (/\.(zip|war|jar|ear)$/.test(lower)) return 'zip';
  if (/\.(tar|tgz|tar\.gz)$/.test(lower)) return 'tar';
  return undefined;
}

/** The validators' view of a bundle model: paths without the folders' trailing '/', parents implied. */
export function treeFromModel(model: BundleModel): BundleTree {
  const entries = new Map<string, BundleEntry>();
  for (const e of model.entries) {
    const p = normalizeTreePath(e.path);
    if (p) entries.set(p, { type: e.type, mode: e.mode, size: e.size });
  }
  addParents(entries);
  return {
    entries,
    read: (p) => model.read(normalizeTreePath(p)),
    problems: model.problems,
    excluded: (p) => model.excluded(normalizeTreePath(p)),
    ...(model.kind === 'archive' ? { archive: path.basename(model.root) } : {}),
  };
}

export interface TreeOptions {
  include?: string[];
  exclude?: string[];
  /** Folders only: the ignore file to apply. */
  ignoreFile?: IgnoreFileName | null;
  /** Archives only: override the read limits (tests). */
  limits?: Partial<ArchiveLimits>;
  /** Folders only: hash the files during the walk (the tree digest that names the revision). */
  digest?: boolean;
}

/** The model of a folder or archive, reading (for an archive) the hook scripts its appspec names. */
export function openBundleModel(target: string, opts: TreeOptions = {}): Promise<BundleModel> {
  return openBundle(target, {
    ...opts,
    alsoRead: (m) =>
      hookScriptPaths(
        m.entries.filter((e) => e.type === 'file').map((e) => e.path),
        (p) => m.read(p),
      ),
  });
}

/** Walk a folder (symlinks are recorded, never followed; ignore rules when given); text is read on demand. */
export async function treeFromDirectory(dir: string, opts: TreeOptions = {}): Promise<BundleTree> {
  return treeFromModel(await openBundleModel(dir, opts));
}

/** Read a .zip/.war/.jar or .tar/.tgz (type by content) without extracting it, within fixed limits. */
export async function treeFromArchive(file: string, opts: TreeOptions = {}): Promise<BundleTree> {
  return treeFromModel(await openBundleModel(file, opts));
}
