// Runs in its own process under Node 24 (built by esbuild into bench/.work/child/revision.mjs):
// hookline's bundle and upload stages exactly as src/flows/revision.ts runs them — build the zip,
// then upload it under its content-addressed key (HEAD first) — and prints one JSON line with the
// stage timings and the process's peak RSS (VmHWM, which covers the worker threads too).
//
// argv[2]: JSON { mode: 'revision' | 'upload', root?, outFile?, file?, sha256?, bucket, prefix, name }
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { buildBundle } from '../../src/bundle/index.js';
import { createClient } from '../../src/aws/clients.js';
import { uploadRevision } from '../../src/aws/s3-upload.js';

interface Args {
  mode: 'revision' | 'upload';
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

const args = JSON.parse(process.argv[2] ?? '{}') as Args;
const started = performance.now();
let bundleMs = 0;
let file = args.file ?? '';
let sha256 = args.sha256 ?? '';
let size = 0;
if (args.mode === 'revision') {
  const b = await buildBundle({ root: args.root!, ignoreFile: '.deployignore', requireAppspec: true, outFile: args.outFile! });
  bundleMs = performance.now() - started;
  file = b.file;
  sha256 = b.sha256;
  size = b.size;
} else {
  size = (await stat(file)).size;
}
const uploadStart = performance.now();
const s3 = await createClient('s3', { userAgent: 'bench' });
const u = await uploadRevision(s3, { bucket: args.bucket, prefix: args.prefix, name: args.name, file, sha256, extension: 'zip' });
const uploadMs = performance.now() - uploadStart;
s3.destroy();
process.stdout.write(
  JSON.stringify({
    bundleMs,
    uploadMs,
    totalMs: performance.now() - started,
    // Process start (as Node saw it) to the end: includes loading the modules.
    processMs: performance.now(),
    size,
    sha256,
    key: u.key,
    uploaded: u.uploaded,
    bytes: u.bytes,
    peakRssKb: peakRssKb(),
  }) + '\n',
);
