// Executable bits for trees that lost them. A checkout on a Windows runner, or a folder restored
// by actions/download-artifact (which zips without unix modes), has no file with an x bit, so
// the scripts a deployment executes would ship 0644: older Beanstalk platforms fail the hook with
// "permission denied", and CodeDeploy chmods only the hook file itself, not what `files` installs.
//
// The rule ("none set", per tree): among the scripts the deployment will execute — the appspec's
// hook locations and the files directly in a `.platform/hooks/<stage>/` or
// `.platform/confighooks/<stage>/` folder — when *none* has any x bit, the modes were lost, and
// every one of them gets 0755 in the model (so the archive, its digest and validation all see
// 0755). When at least one has an x bit the tree kept its modes: nothing changes, and a script left
// without its bit is the validation finding it was before.
import { createHash } from 'node:crypto';
import type { BundleEntry, BundleModel } from './types.js';

/** The permission bits a restored script gets (rwxr-xr-x). */
export const RESTORED_MODE = 0o755;

export interface ExecBitsResult {
  /** The model with the restored modes (the same object when nothing changed). */
  model: BundleModel;
  /** Paths given 0755, sorted. */
  restored: string[];
}

/** A file in a platform hook stage folder (the platform executes exactly those, in name order). */
export const PLATFORM_HOOK_FILE = /^\.platform\/(hooks|confighooks)\/(prebuild|predeploy|postdeploy)\/[^/]+$/;

/** Give `scripts` (bundle paths) mode 0755 when none of them has an x bit; see the rule above. */
export function restoreExecBits(model: BundleModel, scripts: Iterable<string>): ExecBitsResult {
  const wanted = new Set(scripts);
  const targets = model.entries.filter((e) => e.type === 'file' && wanted.has(e.path));
  if (targets.length === 0 || targets.some((e) => (e.mode & 0o111) !== 0)) return { model, restored: [] };
  const hit = new Set(targets.map((e) => e.path));
  const entries: BundleEntry[] = model.entries.map((e) => (hit.has(e.path) ? { ...e, mode: (e.mode & ~0o7777) | RESTORED_MODE } : e));
  const restored = [...hit].sort();
  const out: BundleModel & Digestible = { ...model, entries };
  // A digest of the walked tree (when the model has one) names the archive: the restored modes
  // must change it, or a run with restore-exec-bits: false would reuse this archive and its modes.
  const base = (model as Digestible).treeDigest;
  if (base) {
    let digest: Promise<string> | undefined;
    out.treeDigest = () => (digest ??= base().then((d) => withRestoredModes(d, restored)));
  }
  return { model: out, restored };
}

/** The optional tree digest of a folder's model (bundle/digest.ts). */
interface Digestible {
  treeDigest?: () => Promise<string>;
}

/** A tree digest that also covers the paths whose mode became 0755. */
export function withRestoredModes(treeDigest: string, restored: readonly string[]): string {
  const h = createHash('sha256').update(`${treeDigest}\nrestore-exec-bits ${RESTORED_MODE.toString(8)}\n`);
  for (const p of restored) h.update(`${p}\n`);
  return h.digest('hex');
}
