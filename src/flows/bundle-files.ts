// The config files and modes the diagnosis engine reads to point at lines, from the bundle model
// (the same entries that were validated and uploaded).
import type { BundleFiles } from '../types.js';
import type { BundleModel } from '../bundle/index.js';
import type { BundleTree } from '../validate/index.js';
import { normalizeTreePath } from '../validate/tree.js';

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

/** Every entry's mode, and the text of the config files (what the model holds of them). */
export function bundleFilesFromModel(model: BundleModel): BundleFiles {
  const files = new Map<string, string>();
  const modes = new Map<string, number>();
  for (const e of model.entries) {
    const path = normalizeTreePath(e.path);
    modes.set(path, e.mode);
    if (e.type === 'file' && CONFIG_FILE.test(path)) {
      const text = model.read(path);
      if (text !== undefined) files.set(path, text);
    }
  }
  return { files, modes };
}
