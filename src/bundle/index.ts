// The revision bundle: a directory walked into a deterministic zip, or a prebuilt archive as-is.
// Both are read into one model (model.ts) that validation, the writer and diagnosis share.
import { createWriteStream, lstatSync } from 'node:fs';
import { access, mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { readArchiveModel, type ArchiveReadOptions } from './archive.js';
import { BundleError } from './errors.js';
import { directoryModel } from './model.js';
import type { BundleEntry, BundleModel, BundleResult, IgnoreFileName } from './types.js';
import { writeZip } from './zip.js';

export { BundleError } from './errors.js';
export { readPrebuilt, readArchiveModel, detectBundleType, sha256File, needsContent, ARCHIVE_LIMITS } from './archive.js';
export type { ArchiveLimits } from './archive.js';
export { directoryModel, modelFrom, MAX_TEXT_BYTES } from './model.js';
export { writeZip, zipFormat, ZIP_FORMAT, ZIP_FORMAT_VERSION } from './zip.js';
export type { ZipResult } from './zip.js';
export { escapeName } from './names.js';
export { restoreExecBits, PLATFORM_HOOK_FILE, RESTORED_MODE } from './exec-bits.js';
export type { BundleEntry, BundleModel, BundleProblem, BundleResult, BundleType, Exclusion, IgnoreFileName } from './types.js';

export interface OpenBundleOptions {
  include?: string[];
  exclude?: string[];
  ignoreFile?: IgnoreFileName | null;
  /** Archives only: more paths whose content to read once the listing is known (hook scripts). */
  alsoRead?: ArchiveReadOptions['alsoRead'];
  limits?: ArchiveReadOptions['limits'];
  signal?: AbortSignal;
  /** Folders only: hash the files while walking (model.treeDigest()). */
  digest?: boolean;
}

/** The bundle at `target` (a folder, or a prebuilt archive) as the model every stage reads. */
export async function openBundle(target: string, opts: OpenBundleOptions = {}): Promise<BundleModel> {
  const isFile = await stat(target).then(
    (st) => st.isFile(),
    () => false,
  );
  if (isFile) return readArchiveModel(target, { alsoRead: opts.alsoRead, limits: opts.limits, signal: opts.signal });
  return directoryModel({ root: target, include: opts.include, exclude: opts.exclude, ignoreFile: opts.ignoreFile, digest: opts.digest });
}

/**
 * The ignore file of a folder for a target: .deployignore for CodeDeploy, .ebignore for Beanstalk;
 * 'auto' takes the one present (both: .deployignore when an appspec sits at the root).
 */
export function ignoreFileFor(target: 'codedeploy' | 'beanstalk' | 'auto', root: string): IgnoreFileName | null {
  if (target === 'codedeploy') return '.deployignore';
  if (target === 'beanstalk') return '.ebignore';
  const exists = (name: string): boolean => {
    try {
      lstatSync(path.join(root, name));
      return true;
    } catch {
      return false;
    }
  };
  const deploy = exists('.deployignore');
  const eb = exists('.ebignore');
  if (deploy && eb) return ['appspec.yml', 'appspec.yaml', 'appspec.json'].some(exists) ? '.deployignore' : '.ebignore';
  return deploy ? '.deployignore' : eb ? '.ebignore' : null;
}

export interface BuildBundleOptions {
  /** The bundle root directory. */
  root: string;
  /** The walked folder, when pre-flight validation already read it (walked once per run). */
  model?: BundleModel;
  include?: string[];
  exclude?: string[];
  /** `.deployignore` for CodeDeploy, `.ebignore` for Beanstalk; read when present. */
  ignoreFile?: '.deployignore' | '.ebignore' | null;
  /** CodeDeploy: refuse a tree without appspec.yml (or .yaml/.json) at its root. */
  requireAppspec: boolean;
  /** Where the zip is written (created atomically: a failed build leaves nothing there). */
  outFile: string;
  /** Worker threads compressing in parallel; default the available parallelism. */
  concurrency?: number;
  signal?: AbortSignal;
}

const APPSPEC = /^appspec\.(ya?ml|json)$/i;

/** Throw unless appspec.yml (or .yaml/.json) is a file at the root, naming what was found instead. */
export async function checkAppspec(root: string, list: BundleEntry[]): Promise<void> {
  if (list.some((e) => e.type === 'file' && /^appspec\.(yml|yaml|json)$/.test(e.path))) return;
  const near = list.filter((e) => e.type !== 'dir' && APPSPEC.test(path.posix.basename(e.path)));
  const atRoot = near.find((e) => !e.path.includes('/'));
  if (atRoot) {
    throw new BundleError(
      `${atRoot.path} is at the bundle root but CodeDeploy looks for appspec.yml in lower case: rename it to appspec.yml.`,
      atRoot.path,
    );
  }
  if (near.length > 0) {
    const first = near[0]!;
    const dir = path.posix.dirname(first.path);
    const others =
      near.length > 1
        ? ` (also found: ${near
            .slice(1, 4)
            .map((e) => e.path)
            .join(', ')})`
        : '';
    throw new BundleError(
      `appspec.yml must be at the root of the bundle, but it is at ${first.path}${others}; set \`path: ${dir}\` so that folder is the bundle root.`,
      first.path,
    );
  }
  for (const name of ['appspec.yml', 'appspec.yaml', 'appspec.json']) {
    const exists = await access(path.join(root, name)).then(
      () => true,
      () => false,
    );
    if (exists) {
      throw new BundleError(
        `${name} is in ${root} but the include/exclude globs or the ignore file leave it out of the bundle; CodeDeploy needs it at the root.`,
        name,
      );
    }
  }
  throw new BundleError(
    `No appspec.yml at the root of the bundle (${root}). CodeDeploy needs appspec.yml at the root of the revision: add one, or set \`path\` to the folder that holds it.`,
    'appspec.yml',
  );
}

/** A tree with a name, link or file that cannot ship is not bundled: the first problem says why. */
function refuseProblems(model: BundleModel): void {
  const [first, ...rest] = model.problems;
  if (!first) return;
  const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''}: run \`hookline validate\` to list them)` : '';
  throw new BundleError(`${first.message}${more}`, first.path);
}

/** Throw unless the walked folder can be bundled: no problems, and (CodeDeploy) an appspec at the root. */
export async function checkBundlable(model: BundleModel, requireAppspec: boolean): Promise<void> {
  if (model.kind !== 'directory') throw new BundleError(`${model.root} is an archive; it is uploaded as it is, not bundled.`, model.root);
  refuseProblems(model);
  if (requireAppspec) await checkAppspec(model.root, model.entries);
}

/** The tree digest of a walked folder (hashed during its walk when it asked to). */
export function treeDigestOf(model: BundleModel): Promise<string> {
  if (!model.treeDigest) throw new BundleError(`${model.root} is an archive: it has no tree digest.`, model.root);
  return model.treeDigest();
}

/** Walk `root` and write its deterministic zip to `outFile`, with its sha256 and the tree digest that names it. */
export async function buildBundle(opts: BuildBundleOptions): Promise<BundleResult> {
  const outFile = path.resolve(opts.outFile);
  const partial = `${outFile}.partial-${process.pid}`;
  const model =
    opts.model ??
    (await directoryModel({
      root: opts.root,
      include: opts.include,
      exclude: opts.exclude,
      ignoreFile: opts.ignoreFile,
      skip: [outFile, partial],
      digest: true,
    }));
  await checkBundlable(model, opts.requireAppspec);
  const { root, entries } = model;
  const digest = treeDigestOf(model);
  await mkdir(path.dirname(outFile), { recursive: true });
  const sink = createWriteStream(partial);
  try {
    const res = await writeZip({ root, entries, sink, concurrency: opts.concurrency, signal: opts.signal });
    const treeDigest = await digest;
    await rename(partial, outFile);
    return { file: outFile, sha256: res.sha256, treeDigest, size: res.size, bundleType: 'zip', entries: res.entries, list: entries, model };
  } catch (err) {
    // The stream opens its file asynchronously: wait until it is closed, or an open still pending
    // would create the partial file again after it was removed.
    if (!sink.closed) await new Promise<void>((resolve) => sink.once('close', () => resolve()).destroy());
    await rm(partial, { force: true });
    if (err instanceof BundleError || opts.signal?.aborted) throw err;
    throw new BundleError(`Could not write the bundle to ${outFile}: ${(err as Error).message}`, outFile, { cause: err });
  }
}
