// Runs in its own process under Node 24 (built by esbuild into bench/.work/child/revision.mjs):
// hookline's bundle and upload stages exactly as src/flows/revision.ts runs them — walk and hash
// the tree, HEAD its key, and when absent stream the zip into the upload as it is written — and
// prints one JSON line with the timings and the process's peak RSS (VmHWM, which covers the
// worker threads too).
//
// argv[2]: JSON { mode: 'revision' | 'stages' | 'upload', root?, file?, sha256?, bucket, prefix, name, outFile? }
// - revision: the action's path alone (totalMs); its peak RSS is the streamed path's.
// - stages: each stage alone, in a process of its own — the bundle written to `outFile`
//   (bundleMs), then that file uploaded under `<prefix>-stage` and deleted (uploadMs) — so the
//   streamed total is compared side by side. bundleCpuMs / uploadCpuMs: the CPU time each stage
//   used (all threads), which bounds how much the two can overlap on this machine's cores.
// - upload: the file alone under its sha256 key (uploadMs).
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { buildBundle, directoryModel, treeDigestOf } from '../../src/bundle/index.js';
import { createClient } from '../../src/aws/clients.js';
import { manifestKey, uploadRevision } from '../../src/aws/s3-upload.js';
import { bundleAndUpload } from '../../src/flows/bundle-upload.js';

interface Args {
  mode: 'revision' | 'stages' | 'upload';
  root?: string;
  outFile?: string;
  file?: string;
  sha256?: string;
  bucket: string;
  prefix: string;
  name: string;
}

function peakRssKb(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) : NaN;
}

/** CPU time of the whole process (every thread: main, deflate workers, the SDK), in ms. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

const args = JSON.parse(process.argv[2] ?? '{}') as Args;
const s3 = await createClient('s3', { userAgent: 'bench' });
let bundleMs = 0;
let uploadMs = 0;
let bundleCpuMs = 0;
let uploadCpuMs = 0;

if (args.mode === 'upload') {
  const size = (await stat(args.file!)).size;
  const t = performance.now();
  const u = await uploadRevision(s3, {
    bucket: args.bucket,
    prefix: args.prefix,
    name: args.name,
    file: args.file!,
    sha256: args.sha256!,
    extension: 'zip',
  });
  uploadMs = performance.now() - t;
  await s3.send(new DeleteObjectCommand({ Bucket: args.bucket, Key: manifestKey(u.key) }));
  print({ bundleMs, uploadMs, totalMs: uploadMs, size, sha256: args.sha256, key: u.key, uploaded: u.uploaded, bytes: u.bytes });
} else if (args.mode === 'stages') {
  let t = performance.now();
  let c = cpuMs();
  const b = await buildBundle({ root: args.root!, ignoreFile: '.deployignore', requireAppspec: true, outFile: args.outFile! });
  bundleMs = performance.now() - t;
  bundleCpuMs = cpuMs() - c;
  t = performance.now();
  c = cpuMs();
  const u = await uploadRevision(s3, {
    bucket: args.bucket,
    prefix: `${args.prefix}-stage`,
    name: args.name,
    file: b.file,
    sha256: b.sha256,
    extension: 'zip',
  });
  uploadMs = performance.now() - t;
  uploadCpuMs = cpuMs() - c;
  for (const key of [u.key, manifestKey(u.key)]) await s3.send(new DeleteObjectCommand({ Bucket: args.bucket, Key: key }));
  print({ bundleMs, uploadMs, totalMs: 0, bundleCpuMs, uploadCpuMs });
} else {
  const started = performance.now();
  const c = cpuMs();
  const model = await directoryModel({ root: args.root!, ignoreFile: '.deployignore', digest: true });
  await treeDigestOf(model); // walk + tree digest: needed before the HEAD, so it cannot overlap the upload
  const digestMs = performance.now() - started;
  const r = await bundleAndUpload(s3, { model, requireAppspec: true, bucket: args.bucket, prefix: args.prefix, name: args.name });
  const totalMs = performance.now() - started;
  const totalCpuMs = cpuMs() - c;
  print({
    digestMs,
    totalCpuMs,
    bundleMs,
    uploadMs,
    totalMs,
    size: r.size,
    sha256: r.sha256,
    treeDigest: r.treeDigest,
    key: r.key,
    uploaded: r.uploaded,
    bytes: r.bytes,
  });
}
s3.destroy();

function print(out: Record<string, unknown>): void {
  // processMs: process start (as Node saw it) to the end, including loading the modules.
  process.stdout.write(JSON.stringify({ ...out, processMs: performance.now(), peakRssKb: peakRssKb() }) + '\n');
}
