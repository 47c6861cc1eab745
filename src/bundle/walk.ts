// Walk a bundle root into a sorted list of entries: include/exclude globs, the ignore file
// (gitignore syntax), `.git` always left out, symlinks kept only when they stay inside the root
// (never followed). What cannot ship (a name that is not UTF-8, a link out of the tree, a named
// pipe) is collected as a problem, so validation can report all of them and bundling refuses.
import type { Dirent } from 'node:fs';
import { constants, lstatSync, readdirSync, readlinkSync, realpathSync } from 'node:fs';
import { lstat, open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { BundleError } from './errors.js';
import { collector } from './collector.js';
import { checkName, escapeName, nameProblemMessage } from './names.js';
import type { BundleEntry, BundleProblem, Exclusion, IgnoreFileName } from './types.js';

export interface WalkOptions {
  root: string;
  /** Globs (picomatch, dotfiles matched) a file must match to be bundled; default everything. */
  include?: string[];
  /** Globs that leave a file or a whole directory out. */
  exclude?: string[];
  /** Ignore file read from the root when present (gitignore syntax). */
  ignoreFile?: IgnoreFileName | null;
  /** Absolute paths never bundled (the archive being written, when it lies inside the root). */
  skip?: string[];
}

export interface WalkResult {
  /** The root with symlinks resolved. */
  root: string;
  entries: BundleEntry[];
  problems: BundleProblem[];
  /** The ignore file whose rules were applied (null when absent or refused). */
  ignoreFile: IgnoreFileName | null;
  /** Why a path on disk is not among the entries (see BundleModel.excluded). */
  excluded(rel: string): Exclusion | undefined;
}

/**
 * Paths in the byte order of their UTF-8 forms (the archive's order), without encoding them:
 * UTF-16 order is code point order except that a surrogate (half of a code point above U+FFFF)
 * sorts below U+E000–U+FFFF, so surrogates are lifted above the BMP before comparing.
 */
export function comparePaths(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length - b.length;
  const lift = (c: number): number => (c >= 0xd800 && c < 0xe000 ? c + 0x10000 : c);
  return lift(a.charCodeAt(i)) - lift(b.charCodeAt(i));
}

/** The entry with exactly this path in entries sorted by comparePaths (binary search). */
export function findEntry(entries: readonly BundleEntry[], p: string): BundleEntry | undefined {
  let lo = 0;
  let hi = entries.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const c = comparePaths(entries[mid]!.path, p);
    if (c === 0) return entries[mid];
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

const S_IFLNK = 0o120000;
/** Mode stored for a symlink entry (Info-ZIP's convention). */
export const SYMLINK_MODE = S_IFLNK | 0o777;

function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The ignore file's rules, each marked with its line (for "excluded by .deployignore line 3"). */
async function loadIgnore(root: string, file: IgnoreFileName, problems: BundleProblem[]): Promise<Ignore | null> {
  const abs = path.join(root, file);
  let st;
  try {
    st = await lstat(abs);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new BundleError(`Could not read ${file}: ${(err as Error).message}`, file, { cause: err });
  }
  // Refused before it is read: a link could pull its rules from outside the tree.
  if (st.isSymbolicLink() || !st.isFile()) {
    problems.push({
      kind: st.isSymbolicLink() ? 'ignore-file-symlink' : 'not-regular',
      path: file,
      message: `${file} is ${st.isSymbolicLink() ? 'a symlink' : 'not a regular file'}; hookline reads ignore rules only from a regular file in the bundle root (it never follows a link). Replace it with a regular file.`,
    });
    return null;
  }
  let text: string;
  try {
    const fh = await open(abs, constants.O_RDONLY | constants.O_NOFOLLOW);
    try {
      text = await fh.readFile('utf8');
    } finally {
      await fh.close();
    }
  } catch (err) {
    throw new BundleError(`Could not read ${file}: ${(err as Error).message}`, file, { cause: err });
  }
  return ignore().add(text.split(/\r?\n/).map((pattern, i) => ({ pattern, mark: String(i + 1) })));
}

function unreadable(rel: string, err: unknown): BundleProblem {
  return {
    kind: 'unreadable',
    path: escapeName(rel),
    message: `Could not read ${escapeName(rel)} while bundling: ${(err as Error).message}. Fix its permissions or exclude it.`,
  };
}

function checkSymlink(root: string, abs: string, rel: string): { target: string } | BundleProblem {
  const target = readlinkSync(abs);
  const shownTarget = escapeName(target);
  if (path.isAbsolute(target)) {
    const suggestion = isInside(root, target) ? ` Make it relative: ln -sfn ${path.relative(path.dirname(abs), target)} ${rel}` : '';
    return {
      kind: 'symlink-absolute',
      path: rel,
      message:
        `Symlink ${rel} points to the absolute path ${shownTarget}; on the instance that path is outside the bundle. ` +
        `A bundle may only hold relative symlinks that stay inside it.${suggestion}`,
    };
  }
  const lexical = path.resolve(path.dirname(abs), target);
  let resolved = lexical;
  try {
    resolved = realpathSync(abs);
  } catch {
    // A dangling link: judge it by its text alone.
  }
  if (!isInside(root, lexical) || !isInside(root, resolved)) {
    const shown = resolved !== lexical ? `${shownTarget} (resolves to ${escapeName(resolved)})` : shownTarget;
    return {
      kind: 'symlink-outside',
      path: rel,
      message:
        `Symlink ${rel} points outside the bundle root, to ${shown}. ` +
        `hookline never follows a link out of the bundle: copy the target into the bundle, or exclude the link.`,
    };
  }
  return { target };
}

/** Walk `root` into entries sorted by the byte order of their '/'-joined paths. */
export async function walk(opts: WalkOptions): Promise<WalkResult> {
  let root: string;
  try {
    root = await realpath(opts.root);
    if (!(await stat(root)).isDirectory()) throw new Error('not a directory');
  } catch (err) {
    throw new BundleError(`Bundle root ${opts.root} is not a readable directory (${(err as Error).message}).`, opts.root, { cause: err });
  }
  const problems: BundleProblem[] = [];
  const includeGlobs = opts.include && opts.include.length > 0 ? opts.include : ['**'];
  const include = picomatch(includeGlobs, { dot: true });
  const excludes = (opts.exclude ?? []).map((g) => [g, picomatch(g, { dot: true })] as const);
  const isExcluded = (rel: string): string | undefined => excludes.find(([, m]) => m(rel))?.[0];
  const ignoreFile = opts.ignoreFile ?? null;
  const ig = ignoreFile ? await loadIgnore(root, ignoreFile, problems) : null;
  const skip = new Set((opts.skip ?? []).map((p) => path.resolve(p)));
  const out: BundleEntry[] = [];
  const collect = collector();

  // The tree is read with synchronous calls, one entry at a time: the asynchronous walk had every
  // lstat of a 20,000-file tree in flight at once, and what those calls kept alive across their
  // awaits grew the heap by ≈ 100 MB (peak RSS, bench web-app tree); read synchronously, the same
  // garbage dies young. Reading metadata from the page cache is no slower this way.
  // Returns whether anything under relDir was kept (so its directory entry is kept too).
  function visit(absDir: string, relDir: string): boolean {
    let dirents: Dirent<Buffer>[];
    try {
      dirents = readdirSync(absDir, { withFileTypes: true, encoding: 'buffer' });
    } catch (err) {
      problems.push(unreadable(relDir === '' ? '.' : `${relDir}/`, err));
      return false;
    }
    let any = false;
    for (const d of dirents) {
      try {
        if (visitEntry(absDir, relDir, d)) any = true;
      } catch (err) {
        problems.push(unreadable(relDir === '' ? d.name.toString() : `${relDir}/${d.name.toString()}`, err));
      }
    }
    return any;
  }

  function visitEntry(absDir: string, relDir: string, d: Dirent<Buffer>): boolean {
    const checked = checkName(d.name);
    // Matched by its lossy form: a name left out by the rules is no problem, whatever its bytes.
    const name = checked.ok ? checked.name : d.name.toString('utf8');
    if (name === '.git') return false;
    const rel = relDir === '' ? name : `${relDir}/${name}`;
    const isDir = d.isDirectory();
    if (ig?.ignores(isDir ? `${rel}/` : rel)) return false;
    if (isExcluded(rel) !== undefined) return false;
    if (!checked.ok) {
      const shown = relDir === '' ? checked.shown : `${relDir}/${checked.shown}`;
      problems.push({ kind: checked.kind, path: shown, message: nameProblemMessage(checked.kind, shown) });
      return false;
    }
    const abs = path.join(absDir, name);
    if (skip.has(abs)) return false;
    if (isDir) {
      const st = lstatSync(abs);
      const any = visit(abs, rel);
      if (!any && !include(rel)) return false;
      out.push({ path: `${rel}/`, type: 'dir', mode: st.mode & 0o177777, size: 0 });
      return true;
    }
    if (!include(rel)) return false;
    // A refused ignore file has its problem already.
    if (rel === ignoreFile && !ig) return false;
    if (d.isSymbolicLink()) {
      const link = checkSymlink(root, abs, rel);
      if ('kind' in link) {
        problems.push(link);
        return false;
      }
      out.push({ path: rel, type: 'symlink', mode: SYMLINK_MODE, size: Buffer.byteLength(link.target), linkTarget: link.target });
      return true;
    }
    if (!d.isFile()) {
      problems.push({
        kind: 'not-regular',
        path: rel,
        message: `${rel} is not a regular file, directory or symlink; a bundle cannot hold it. Exclude it.`,
      });
      return false;
    }
    const st = lstatSync(abs);
    const entry: BundleEntry = { path: rel, type: 'file', mode: st.mode & 0o177777, size: st.size };
    out.push(entry);
    // A collection every 16,384 files: otherwise the walk's garbage (names, stats) grows the heap
    // with the tree (collector.ts; figures at zip.ts's COLLECT).
    if (collect && out.length % 16_384 === 0) collect();
    return true;
  }

  visit(root, '');
  const entries = out.sort((a, b) => comparePaths(a.path, b.path));
  problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const excluded = explainer({ root, entries, ig, ignoreFile, isExcluded, include, includeGlobs });
  return { root, entries, problems, ignoreFile: ig ? ignoreFile : null, excluded };
}

interface Rules {
  root: string;
  entries: BundleEntry[];
  ig: Ignore | null;
  ignoreFile: IgnoreFileName | null;
  isExcluded: (rel: string) => string | undefined;
  include: (rel: string) => boolean;
  includeGlobs: string[];
}

/** Why a path on disk is not among the entries: the first folder (or the path) a rule leaves out. */
function explainer(r: Rules): (relPath: string) => Exclusion | undefined {
  const inBundle = (rel: string): boolean => findEntry(r.entries, rel) !== undefined || findEntry(r.entries, `${rel}/`) !== undefined;
  const isDirOnDisk = (sub: string): boolean | undefined => {
    try {
      return lstatSync(path.join(r.root, ...sub.split('/'))).isDirectory();
    } catch {
      return undefined;
    }
  };
  return (relPath) => {
    const rel = relPath
      .split('/')
      .filter((p) => p !== '' && p !== '.')
      .join('/');
    if (rel === '' || rel.split('/').includes('..') || inBundle(rel)) return undefined;
    const leafIsDir = isDirOnDisk(rel);
    if (leafIsDir === undefined) return undefined;
    const parts = rel.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const sub = parts.slice(0, i).join('/');
      const leaf = i === parts.length;
      const via = leaf ? {} : { via: `${sub}/` };
      if (parts[i - 1] === '.git') return { by: '.git', ...via };
      const test = r.ig?.test(leaf && !leafIsDir ? sub : `${sub}/`);
      if (test?.ignored && test.rule && r.ignoreFile)
        return { by: r.ignoreFile, pattern: test.rule.pattern, line: Number(test.rule.mark), ...via };
      const glob = r.isExcluded(sub);
      if (glob !== undefined) return { by: 'exclude', pattern: glob, ...via };
    }
    if (!leafIsDir && !r.include(rel)) return { by: 'include', pattern: r.includeGlobs.join(', ') };
    return undefined;
  };
}
