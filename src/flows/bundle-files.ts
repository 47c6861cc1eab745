// The config files and modes the diagnosis engine reads to point at lines, from a bundle tree.
import type { BundleFiles } from '../types.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BundleTree } from '../validate/index.js';

export const CONFIG_FILE = /^(appspec\.(yml|yaml|json)|Procfile|\.ebextensions\/[^/]+\.config|\.platform\/(hooks|confighooks)\/.+)$/;

export function bundleFilesFromTree(tree: BundleTree): BundleFiles {
  const files = new Map<string, string>();
  const modes = new Map<string, number>();
  for (const [path, entry] of tree.entries) {
    modes.set(path, entry.mode);
    if (entry.type === 'file' && CONFIG_FILE.test(path)) {
      const text = tree.read(path);
      if (text !== undefined) files.set(path, text);
    }
  }
  return { files, modes };
}

/** From the entries actually bundled (ignore rules applied), reading config files from the folder. */
export function bundleFilesFromList(
  root: string,
  list: readonly { path: string; mode: number; type: string; size: number }[],
  readContents: boolean,
): BundleFiles {
  const files = new Map<string, string>();
  const modes = new Map<string, number>();
  for (const e of list) {
    modes.set(e.path, e.mode);
    if (readContents && e.type === 'file' && CONFIG_FILE.test(e.path) && e.size < 256 * 1024)
      files.set(e.path, readFileSync(join(root, e.path), 'utf8'));
  }
  return { files, modes };
}
