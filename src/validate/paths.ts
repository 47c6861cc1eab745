// Lookups over a BundleTree: existence, folders, names — built once per validation.
import type { BundleEntry, BundleTree } from './tree.js';
import { normalizeTreePath } from './tree.js';

export class TreeIndex {
  readonly tree: BundleTree;
  readonly byBase = new Map<string, string[]>();
  readonly lowerToPath = new Map<string, string>();

  constructor(tree: BundleTree) {
    this.tree = tree;
    for (const [p, e] of tree.entries) {
      if (e.type === 'dir') continue;
      const base = p.slice(p.lastIndexOf('/') + 1);
      const list = this.byBase.get(base) ?? [];
      list.push(p);
      this.byBase.set(base, list);
      this.lowerToPath.set(p.toLowerCase(), p);
    }
  }

  get(p: string): BundleEntry | undefined {
    return this.tree.entries.get(normalizeTreePath(p));
  }

  /** A file or symlink at that path. */
  isFile(p: string): boolean {
    const e = this.get(p);
    return e !== undefined && e.type !== 'dir';
  }

  isDir(p: string): boolean {
    const n = normalizeTreePath(p);
    if (n === '') return true;
    return this.get(n)?.type === 'dir';
  }

  exists(p: string): boolean {
    return normalizeTreePath(p) === '' || this.get(p) !== undefined;
  }

  /** All file paths (no folders), sorted. */
  files(): string[] {
    return [...this.tree.entries]
      .filter(([, e]) => e.type !== 'dir')
      .map(([p]) => p)
      .sort();
  }

  /** Paths (files and folders) directly inside a folder ('' = root). */
  children(dir: string): string[] {
    const d = normalizeTreePath(dir);
    const prefix = d ? `${d}/` : '';
    const out: string[] = [];
    for (const p of this.tree.entries.keys()) {
      if (!p.startsWith(prefix)) continue;
      const rest = p.slice(prefix.length);
      if (rest && !rest.includes('/')) out.push(p);
    }
    return out.sort();
  }

  read(p: string): string | undefined {
    return this.tree.read(normalizeTreePath(p));
  }
}

export function baseName(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

export function dirName(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
}

export function isExecutable(e: BundleEntry): boolean {
  return (e.mode & 0o111) !== 0;
}

/** Folders (at any depth) that third-party code lives in: not the user's configuration. */
export function inVendoredDir(p: string): boolean {
  return /(^|\/)(node_modules|vendor|bower_components|\.venv|venv|site-packages|\.git)\//.test(p);
}
