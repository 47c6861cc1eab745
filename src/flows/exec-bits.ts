// restore-exec-bits: which scripts a release executes, and the notice that lists the ones whose
// executable bit was restored (the rule itself is in bundle/exec-bits.ts).
import { PLATFORM_HOOK_FILE, restoreExecBits, type BundleModel } from '../bundle/index.js';
import type { Reporter } from '../report/reporter.js';
import { hookScriptPaths } from '../validate/appspec-reader.js';

/** Bundle paths the deployment executes: appspec hook locations and platform hook files. */
export function executedScripts(model: BundleModel): string[] {
  const files = model.entries.filter((e) => e.type === 'file').map((e) => e.path);
  const hooks = hookScriptPaths(files, (p) => model.read(p));
  return [...new Set([...hooks, ...files.filter((p) => PLATFORM_HOOK_FILE.test(p))])];
}

/** Paths of a model whose mode restore-exec-bits set (what the notice lists). */
const restoredBy = new WeakMap<BundleModel, string[]>();

/** The model with exec bits restored per the "none set" rule; folders only (an archive ships as it is). */
export function withExecBits(model: BundleModel): BundleModel {
  if (model.kind !== 'directory') return model;
  const { model: out, restored } = restoreExecBits(model, executedScripts(model));
  if (restored.length > 0) restoredBy.set(out, restored);
  return out;
}

const LISTED = 10;

/** One notice naming the scripts that got 0755, when any did. */
export function noticeRestored(model: BundleModel, report: Reporter): void {
  const restored = restoredBy.get(model);
  if (!restored?.length) return;
  const more = restored.length > LISTED ? ` and ${restored.length - LISTED} more` : '';
  report.notice(
    `Gave ${restored.length} script${restored.length === 1 ? '' : 's'} the deployment runs mode 0755 in the bundle: ${restored.slice(0, LISTED).join(', ')}${more}. ` +
      'None of them was executable in the tree (a checkout on Windows or a folder from actions/download-artifact loses the bits). ' +
      'Set `restore-exec-bits: false` to ship the modes as they are.',
    { title: 'hookline: executable bits restored' },
  );
}
