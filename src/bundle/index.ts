// The revision bundle: a directory walked into a deterministic zip, or a prebuilt archive as-is.
import { createWriteStream } from 'node:fs';
import { access, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { BundleError } from './errors.js';
import type { BundleEntry, BundleResult } from './types.js';
import { walk } from './walk.js';
import { writeZip } from './zip.js';

export { BundleError } from './errors.js';
export { readPrebuilt, detectBundleType, sha256File } from './archive.js';
export type { BundleEntry, BundleResult, BundleType } from './types.js';

export interface BuildBundleOptions {
  /** The bundle root directory. */
  root: string;
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

/** Walk `root` and write its deterministic zip to `outFile`; the sha256 names the revision. */
export async function buildBundle(opts: BuildBundleOptions): Promise<BundleResult> {
  const outFile = path.resolve(opts.outFile);
  const partial = `${outFile}.partial-${process.pid}`;
  const { root, entries } = await walk({
    root: opts.root,
    include: opts.include,
    exclude: opts.exclude,
    ignoreFile: opts.ignoreFile,
    skip: [outFile, partial],
  });
  if (opts.requireAppspec) await checkAppspec(root, entries);
  await mkdir(path.dirname(outFile), { recursive: true });
  const sink = createWriteStream(partial);
  try {
    const res = await writeZip({ root, entries, sink, concurrency: opts.concurrency, signal: opts.signal });
    await rename(partial, outFile);
    return { file: outFile, sha256: res.sha256, size: res.size, bundleType: 'zip', entries: res.entries, list: entries };
  } catch (err) {
    // The stream opens its file asynchronously: wait until it is closed, or an open still pending
    // would create the partial file again after it was removed.
    if (!sink.closed) await new Promise<void>((resolve) => sink.once('close', () => resolve()).destroy());
    await rm(partial, { force: true });
    if (err instanceof BundleError || opts.signal?.aborted) throw err;
    throw new BundleError(`Could not write the bundle to ${outFile}: ${(err as Error).message}`, outFile, { cause: err });
  }
}
