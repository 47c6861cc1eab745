// The bundle model of a run, read once: pre-flight validation and the upload stage ask for the
// same folder with the same rules and get the same walk (or the same archive read), so what was
// validated is what is uploaded.
import { ignoreFileFor, type BundleModel } from '../bundle/index.js';
import { openBundleModel } from '../validate/index.js';
import { refuseWindowsZip } from './artifact-checks.js';
import { withExecBits } from './exec-bits.js';

export interface ModelSettings {
  path: string;
  include: string[];
  exclude: string[];
  /** restore-exec-bits: give the scripts the release runs 0755 when the tree has none executable. */
  restoreExecBits: boolean;
  /**
   * The run's mode, when the caller passes the whole settings: every mode but `validate` uploads,
   * so its walk also hashes the files for the tree digest (one read of the tree, on the workers,
   * while validation runs).
   */
  mode?: string;
}

const models = new Map<string, Promise<BundleModel>>();

/** The model of `s.path` with the ignore file `target` reads; one walk per distinct request. */
export function bundleModelFor(s: ModelSettings, target: 'codedeploy' | 'beanstalk' | 'auto'): Promise<BundleModel> {
  const ignoreFile = ignoreFileFor(target, s.path);
  const key = JSON.stringify([s.path, s.include, s.exclude, ignoreFile, s.restoreExecBits]);
  let model = models.get(key);
  if (!model) {
    model = openBundleModel(s.path, { include: s.include, exclude: s.exclude, ignoreFile, digest: s.mode !== 'validate' }).then(
      async (m) => {
        await refuseWindowsZip(m);
        return s.restoreExecBits ? withExecBits(m) : m;
      },
    );
    models.set(key, model);
    // A failed read is not cached: the caller reports it, a later caller may try again.
    model.catch(() => models.delete(key));
  }
  return model;
}
