// Walk a bundle root into a sorted list of entries: include/exclude globs, the ignore file
// (gitignore syntax), `.git` always left out, symlinks kept only when they stay inside the root.
import type { Dirent } from 'node:fs';
import { lstat, readdir, readFile, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { BundleError } from './errors.js';
import type { BundleEntry } from './types.js';

export interface WalkOptions {
  root: string;
  /** Globs (picomatch, dotfiles matched) a file must match to be bundled; default everything. */
  include?: string[];
  /** Globs that leave a file or a whole directory out. */
  exclude?: string[];
  /** Ignore file read from the root when present (gitignore syntax). */
  ignoreFile?: '.deployignore' | '.ebignore' | null;
  /** Absolute paths never bundled (the archive being written, when it lies inside the root). */
  skip?: string[];
}

export interface WalkResult {
  /** The root with symlinks resolved. */
  root: string;
  entries: BundleEntry[];
}

const S_IFLNK = 0o120000;
/** Mode stored for a symlink entry (Info-ZIP's convention). */
export const SYMLINK_MODE = S_IFLNK | 0o777;

function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

async function loadIgnore(root: string, file: string | null | undefined): Promise<Ignore | null> {
  if (!file) return null;
  let text: string;
  try {
    text = await readFile(path.join(root, file), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new BundleError(`Could not read ${file}: ${(err as Error).message}`, file, { cause: err });
  }
  return ignore().add(text);
}

function unreadable(rel: string, err: unknown): BundleError {
  return new BundleError(`Could not read ${rel} while bundling: ${(err as Error).message}. Fix its permissions or exclude it.`, rel, {
    cause: err,
  });
}

async function checkSymlink(root: string, abs: string, rel: string): Promise<string> {
  const target = await readlink(abs);
  if (path.isAbsolute(target)) {
    const suggestion = isInside(root, target) ? ` Make it relative: ln -sfn ${path.relative(path.dirname(abs), target)} ${rel}` : '';
    throw new BundleError(
      `Symlink ${rel} points to the absolute path ${target}; on the instance that path is outside the bundle. ` +
        `A bundle may only hold relative symlinks that stay inside it.${suggestion}`,
      rel,
    );
  }
  const lexical = path.resolve(path.dirname(abs), target);
  let resolved = lexical;
  try {
    resolved = await realpath(abs);
  } catch {
    // A dangling link: judge it by its text alone.
  }
  if (!isInside(root, lexical) || !isInside(root, resolved)) {
    const shown = resolved !== lexical ? `${target} (resolves to ${resolved})` : target;
    throw new BundleError(
      `Symlink ${rel} points outside the bundle root, to ${shown}. ` +
        `hookline never follows a link out of the bundle: copy the target into the bundle, or exclude the link.`,
      rel,
    );
  }
  return target;
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
  const include = picomatch(opts.include && opts.include.length > 0 ? opts.include : ['**'], { dot: true });
  const exclude = opts.exclude && opts.exclude.length > 0 ? picomatch(opts.exclude, { dot: true }) : null;
  const ig = await loadIgnore(root, opts.ignoreFile);
  const skip = new Set((opts.skip ?? []).map((p) => path.resolve(p)));
  const out: BundleEntry[] = [];

  // Returns whether anything under relDir was kept (so its directory entry is kept too).
  async function visit(absDir: string, relDir: string): Promise<boolean> {
    const dirents = await readdir(absDir, { withFileTypes: true }).catch((err: unknown) => {
      throw unreadable(relDir === '' ? '.' : `${relDir}/`, err);
    });
    const kept = await Promise.all(
      dirents.map(async (d): Promise<boolean> => {
        try {
          return await visitEntry(absDir, relDir, d);
        } catch (err) {
          if (err instanceof BundleError) throw err;
          throw unreadable(relDir === '' ? d.name : `${relDir}/${d.name}`, err);
        }
      }),
    );
    return kept.some(Boolean);
  }

  async function visitEntry(absDir: string, relDir: string, d: Dirent): Promise<boolean> {
    if (d.name === '.git') return false;
    const rel = relDir === '' ? d.name : `${relDir}/${d.name}`;
    const abs = path.join(absDir, d.name);
    if (skip.has(abs)) return false;
    const isDir = d.isDirectory();
    if (ig?.ignores(isDir ? `${rel}/` : rel)) return false;
    if (exclude?.(rel)) return false;
    if (isDir) {
      const st = await lstat(abs);
      const any = await visit(abs, rel);
      if (!any && !include(rel)) return false;
      out.push({ path: `${rel}/`, type: 'dir', mode: st.mode & 0o177777, size: 0 });
      return true;
    }
    if (!include(rel)) return false;
    if (d.isSymbolicLink()) {
      const target = await checkSymlink(root, abs, rel);
      out.push({ path: rel, type: 'symlink', mode: SYMLINK_MODE, size: Buffer.byteLength(target), linkTarget: target });
      return true;
    }
    if (!d.isFile()) {
      throw new BundleError(`${rel} is not a regular file, directory or symlink; a bundle cannot hold it. Exclude it.`, rel);
    }
    const st = await lstat(abs);
    out.push({ path: rel, type: 'file', mode: st.mode & 0o177777, size: st.size });
    return true;
  }

  await visit(root, '');
  const keyed = out.map((e) => ({ e, k: Buffer.from(e.path, 'utf8') }));
  keyed.sort((a, b) => Buffer.compare(a.k, b.k));
  return { root, entries: keyed.map((x) => x.e) };
}
